import { startRecordingServer, type RecordingServer } from './recording-server.js';

/** A loopback `/records` endpoint with Nango's cursor semantics: `cursor` returns the records after it. */
export async function startRecordsServer(count: number, options: { withRecordCursors?: boolean } = {}): Promise<RecordingServer> {
  const cursorOf = (index: number): string => `cur_${String(index).padStart(6, '0')}`;
  const records = Array.from({ length: count }, (_, index) => ({
    id: `r${index}`,
    title: `Record ${index}`,
    _nango_metadata: {
      first_seen_at: '2026-01-01T00:00:00.000Z',
      last_modified_at: '2026-01-01T00:00:00.000Z',
      last_action: index % 10 === 9 ? 'DELETED' : index % 5 === 4 ? 'UPDATED' : 'ADDED',
      deleted_at: index % 10 === 9 ? '2026-01-02T00:00:00.000Z' : null,
      pruned_at: null,
      ...(options.withRecordCursors === false ? {} : { cursor: cursorOf(index) }),
    },
  }));
  return startRecordingServer((request) => {
    const cursor = request.query.get('cursor');
    const limit = Number(request.query.get('limit') ?? 100);
    const start = cursor ? Number(cursor.slice('cur_'.length)) + 1 : 0;
    const page = records.slice(start, start + limit);
    const last = start + page.length - 1;
    return { body: { records: page, next_cursor: last < count - 1 && page.length > 0 ? cursorOf(last) : null } };
  });
}
