import type { OperationDef, PaginationDef } from '../generated/contract.js';

/** Reads a dotted path (`pagination.total`) from a page. */
export function readPath(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The items of a page (an empty list when the key is missing). */
export function pageItems<TItem>(page: unknown, pagination: PaginationDef): readonly TItem[] {
  const items = readPath(page, pagination.items);
  return Array.isArray(items) ? (items as TItem[]) : [];
}

function fieldName(operation: OperationDef, wire: string): string {
  return operation.fields.find((field) => field.wire === wire && field.in === 'query')?.name ?? wire;
}

function toNumber(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

/**
 * The request for the page after `page`, or undefined when `page` was the last one.
 * Cursor style follows the server's cursor and never invents one; page style stops on a short (or empty) page;
 * total style stops once every item up to `total` has been seen.
 */
export function nextPageRequest(operation: OperationDef, request: Record<string, unknown>, page: unknown): Record<string, unknown> | undefined {
  const pagination = operation.pagination;
  if (pagination === undefined) return undefined;
  const count = pageItems(page, pagination).length;
  switch (pagination.style) {
    case 'cursor': {
      const next = readPath(page, pagination.nextCursor);
      if (next === null || next === undefined || next === '') return undefined;
      const name = fieldName(operation, pagination.cursorParam);
      if (request[name] === next) return undefined;
      return { ...request, [name]: next };
    }
    case 'page': {
      const pageName = fieldName(operation, pagination.pageParam);
      const limit = toNumber(request[fieldName(operation, pagination.limitParam)]);
      if (count === 0 || (limit !== undefined && count < limit)) return undefined;
      return { ...request, [pageName]: (toNumber(request[pageName]) ?? 0) + 1 };
    }
    case 'total': {
      const pageName = fieldName(operation, pagination.pageParam);
      const current = toNumber(request[pageName]) ?? 0;
      const total = toNumber(readPath(page, pagination.total));
      const limit =
        toNumber(request[fieldName(operation, pagination.limitParam)]) ??
        toNumber(readPath(page, pagination.total.replace(/[^.]+$/, 'limit'))) ??
        count;
      if (count === 0 || total === undefined || limit <= 0 || (current + 1) * limit >= total) return undefined;
      return { ...request, [pageName]: current + 1 };
    }
  }
}
