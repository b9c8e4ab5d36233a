/** The user-agent fragment naming the Node runtime, for example `node/v20.20.0`. */
export function nodeUserAgent(): string {
  return `node/${process.version}`;
}

/** Appends the Node runtime fragment to a caller-supplied user agent suffix. */
export function withNodeUserAgent(userAgent: string | undefined): string {
  const node = nodeUserAgent();
  return userAgent ? `${userAgent} ${node}` : node;
}
