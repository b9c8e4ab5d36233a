/**
 * The model-doc table format: every cell is padded to the width of the widest cell of the whole table.
 * Inputs: header and rows. Outputs: Markdown table lines.
 */

/** Makes text safe inside a table cell: one line, pipes escaped. */
export function cell(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
}

export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = Math.max(3, ...header.map((value) => value.length), ...rows.flat().map((value) => value.length));
  const line = (cells: readonly string[]): string => `| ${cells.map((value) => value.padEnd(width)).join(' | ')} |`;
  return [line(header), line(header.map(() => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

export const REQUIRED_MARK = ':heavy_check_mark:';
export const OPTIONAL_MARK = ':heavy_minus_sign:';

export interface FieldRow {
  readonly field: string;
  readonly type: string;
  readonly required: boolean;
  readonly description: string;
}

/** A model page: title, two blank lines, `## Fields`, blank line, the table. */
export function renderModelPage(title: string, rows: readonly FieldRow[]): string {
  const table = renderTable(
    ['Field', 'Type', 'Required', 'Description'],
    rows.map((row) => [`\`${row.field}\``, row.type, row.required ? REQUIRED_MARK : OPTIONAL_MARK, cell(row.description)]),
  );
  return `# ${title}\n\n\n## Fields\n\n${table}\n`;
}
