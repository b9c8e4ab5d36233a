/**
 * What handlers answer: a Web Response, or a {@link TextReply} (status, headers, body text) that the HTTP face writes
 * straight to the socket and the transport-neutral handler turns into a Response once, at the end.
 */
export class TextReply {
  constructor(
    readonly status: number,
    /** The body, or null for none (204). */
    readonly text: string | null,
    /** Lower-case header names. */
    readonly headers: Record<string, string>,
    /** The body's length in UTF-8 bytes, when the producer already knows it. */
    readonly byteLength?: number,
  ) {}

  /** The same answer as a Web Response. */
  toResponse(): Response {
    return new Response(this.text, { status: this.status, headers: this.headers });
  }
}

export type Reply = Response | TextReply;

/** A Web Response for any reply. */
export function toResponse(reply: Reply): Response {
  return reply instanceof TextReply ? reply.toResponse() : reply;
}
