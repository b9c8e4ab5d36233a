import type { IncomingMessage } from 'node:http';
import { NangoWebhookVerificationError } from '@nango-sdk/core';

/** Largest webhook body read from a stream, in bytes. */
export const MAX_WEBHOOK_BYTES = 10 * 1024 * 1024;

type WithBodies = IncomingMessage & { rawBody?: unknown; body?: unknown };

function asBuffer(value: unknown): Buffer | undefined {
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  return undefined;
}

/**
 * Reads the exact bytes of a webhook request. Uses `req.rawBody` or a string/Buffer `req.body` when a
 * framework already kept them, and otherwise consumes the stream. A body that a JSON parser already
 * turned into an object cannot be verified, because the signature covers the original bytes.
 */
export async function readIncomingMessage(req: IncomingMessage): Promise<Buffer> {
  const framework = req as WithBodies;
  const kept = asBuffer(framework.rawBody) ?? asBuffer(framework.body);
  if (kept) return kept;
  if (framework.body !== undefined && framework.body !== null && typeof framework.body === 'object') {
    throw new NangoWebhookVerificationError(
      'parsed_body',
      'The request body was already parsed into an object, so its raw bytes are lost. Keep the raw body ' +
        '(for example express.raw({ type: "application/json" }) on the webhook route, or store it as req.rawBody).',
    );
  }
  if (req.readableEnded) {
    throw new NangoWebhookVerificationError('parsed_body', 'The request body stream was already consumed and no raw body was kept.');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_WEBHOOK_BYTES) {
      throw new NangoWebhookVerificationError('invalid_json', `The webhook body exceeds ${MAX_WEBHOOK_BYTES} bytes.`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
