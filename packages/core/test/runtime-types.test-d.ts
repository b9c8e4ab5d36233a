import { describe, expectTypeOf, it } from 'vitest';
import type { APIPromise, PagePromise, RateLimitInfo, ResponseWithData } from '../src/generated/contract.js';
import {
  NangoAPIError,
  NangoError,
  NangoRateLimitError,
  NangoValidationError,
  NangoWebhookVerificationError,
  makeAPIError,
  type NangoValidationIssue,
  type WebhookVerificationFailure,
} from '../src/errors.js';
import type { TransportInvoker } from '../src/internal/invoker.js';
import type { NangoWebhookEvent } from '../src/webhook-events.js';
import { verifyWebhook } from '../src/webhooks.js';

declare const invoker: TransportInvoker;
declare const def: Parameters<TransportInvoker['call']>[0];

describe('promises', () => {
  it('call gives an APIPromise with withResponse', () => {
    const promise = invoker.call<{ id: string }>(def, {});
    expectTypeOf(promise).toEqualTypeOf<APIPromise<{ id: string }>>();
    expectTypeOf(promise.withResponse()).toEqualTypeOf<Promise<ResponseWithData<{ id: string }>>>();
    expectTypeOf<ResponseWithData<number>['rateLimit']>().toEqualTypeOf<RateLimitInfo | undefined>();
  });

  it('paginate gives a PagePromise iterable over items', async () => {
    const pages = invoker.paginate<{ records: { id: number }[] }, { id: number }>(def, {});
    expectTypeOf(pages).toEqualTypeOf<PagePromise<{ records: { id: number }[] }, { id: number }>>();
    expectTypeOf(await pages).toEqualTypeOf<{ records: { id: number }[] }>();
    for await (const item of pages) expectTypeOf(item).toEqualTypeOf<{ id: number }>();
  });
});

describe('errors', () => {
  it('narrows by instanceof', () => {
    const error: unknown = makeAPIError(429, {}, new Headers());
    if (error instanceof NangoRateLimitError) {
      expectTypeOf(error.retryAfter).toEqualTypeOf<number | undefined>();
      expectTypeOf(error.status).toEqualTypeOf<number>();
    }
    if (error instanceof NangoAPIError) {
      expectTypeOf(error.code).toEqualTypeOf<string | undefined>();
      expectTypeOf(error.errors).toEqualTypeOf<readonly NangoValidationIssue[] | undefined>();
      expectTypeOf(error.rateLimit).toEqualTypeOf<RateLimitInfo | undefined>();
      expectTypeOf(error).toMatchTypeOf<NangoError>();
    }
    if (error instanceof NangoValidationError) expectTypeOf(error.field).toEqualTypeOf<string | undefined>();
    if (error instanceof NangoWebhookVerificationError) expectTypeOf(error.reason).toEqualTypeOf<WebhookVerificationFailure>();
  });
});

describe('webhook events', () => {
  it('narrow by type and success', async () => {
    const event = await verifyWebhook('', {}, { signingKeys: 'k' });
    expectTypeOf(event).toEqualTypeOf<NangoWebhookEvent>();
    switch (event.type) {
      case 'auth':
        expectTypeOf(event.operation).toEqualTypeOf<'creation' | 'override' | 'refresh' | 'unknown'>();
        if (!event.success) expectTypeOf(event.error.description).toEqualTypeOf<string | undefined>();
        break;
      case 'sync':
        if (event.success) expectTypeOf(event.responseResults.added).toEqualTypeOf<number>();
        else expectTypeOf(event.failedAt).toEqualTypeOf<string | undefined>();
        break;
      case 'forward':
        expectTypeOf(event.payload).toEqualTypeOf<unknown>();
        break;
      case 'async_action':
        expectTypeOf(event.payload.statusUrl).toEqualTypeOf<string>();
        break;
    }
    // @ts-expect-error: a parsed object is not a raw body
    void verifyWebhook({ type: 'sync' }, {}, { signingKeys: 'k' });
  });
});
