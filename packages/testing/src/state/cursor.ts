/** Opaque record cursors: a base64url wrapper around a monotonically increasing sequence number. */
const PREFIX = 'cur1:';

export function encodeCursor(seq: number): string {
  return btoa(`${PREFIX}${seq.toString(36).padStart(10, '0')}`).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

/** The sequence number behind a cursor, or undefined when the cursor was not issued by this fake. */
export function decodeCursor(cursor: string): number | undefined {
  try {
    const padded = cursor.replace(/-/g, '+').replace(/_/g, '/');
    const text = atob(padded + '='.repeat((4 - (padded.length % 4)) % 4));
    if (!text.startsWith(PREFIX)) return undefined;
    const seq = parseInt(text.slice(PREFIX.length), 36);
    return Number.isSafeInteger(seq) ? seq : undefined;
  } catch {
    return undefined;
  }
}
