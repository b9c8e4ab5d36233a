import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Nango, NangoNotFoundError } from '../src/index.js';

const CHUNK = 64 * 1024;
const TOTAL = 20 * 1024 * 1024;

/** Resolves when the server has received its first upload bytes (or the client its first download bytes). */
let signalFirstBytes: () => void = () => undefined;
let firstBytes = Promise.resolve();
function resetFirstBytes(): void {
  firstBytes = new Promise((resolve) => {
    signalFirstBytes = resolve;
  });
}

interface Upload {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly sha256: string;
  readonly bytes: number;
}
const uploads: Upload[] = [];
let downloadSha = '';
let url = '';

const server = createServer((req, res) => {
  void (async () => {
    if (req.url?.startsWith('/proxy/missing')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'no such file' }));
      return;
    }
    if (req.method === 'GET' && req.url?.startsWith('/proxy/files/big')) {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      const hash = createHash('sha256');
      for (let sent = 0, index = 0; sent < TOTAL; sent += CHUNK, index++) {
        const chunk = Buffer.alloc(CHUNK, index % 251);
        hash.update(chunk);
        if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
        // Hold the rest back until the client has consumed bytes: a buffering client would hang here.
        if (sent === 16 * CHUNK) await firstBytes;
      }
      downloadSha = hash.digest('hex');
      res.end();
      return;
    }
    const hash = createHash('sha256');
    let bytes = 0;
    for await (const chunk of req) {
      if (bytes === 0) signalFirstBytes();
      hash.update(chunk as Buffer);
      bytes += (chunk as Buffer).length;
    }
    uploads.push({ path: req.url ?? '', headers: req.headers, sha256: hash.digest('hex'), bytes });
    res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ bytes }));
  })();
});

let dir = '';
let nango: Nango;
const target = { connectionId: 'conn-1', providerConfigKey: 'files' };

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = await mkdtemp(join(tmpdir(), 'nango-proxy-'));
  nango = new Nango({ secretKey: 'sk_proxy', host: url, env: {} });
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
});

describe('proxy.upload', () => {
  it('streams a 20 MB Node readable: the server gets bytes before the body is fully produced', async () => {
    resetFirstBytes();
    const hash = createHash('sha256');
    let produced = 0;
    let producedWhenServerSawBytes = -1;
    void firstBytes.then(() => {
      producedWhenServerSawBytes = produced;
    });
    async function* body(): AsyncGenerator<Buffer> {
      for (let index = 0; produced < TOTAL; index++) {
        const chunk = Buffer.alloc(CHUNK, index % 199);
        hash.update(chunk);
        produced += chunk.length;
        yield chunk;
        if (produced === 32 * CHUNK) await firstBytes;
      }
    }
    const result = await nango.proxy.upload('/files/upload', { ...target, from: Readable.from(body()), contentType: 'application/zip' });
    expect(result.status).toBe(201);
    const upload = uploads.at(-1);
    expect(upload?.bytes).toBe(TOTAL);
    expect(upload?.sha256).toBe(hash.digest('hex'));
    expect(producedWhenServerSawBytes).toBeGreaterThan(0);
    expect(producedWhenServerSawBytes).toBeLessThan(TOTAL);
    expect(upload?.path).toBe('/proxy/files/upload');
    expect(upload?.headers['connection-id']).toBe('conn-1');
    expect(upload?.headers['provider-config-key']).toBe('files');
    expect(upload?.headers['nango-proxy-content-type']).toBe('application/zip');
    expect(upload?.headers['transfer-encoding']).toBe('chunked');
  });

  it('uploads a file by path with the same bytes', async () => {
    const file = join(dir, 'upload.bin');
    const content = randomBytes(3 * 1024 * 1024 + 17);
    await writeFile(file, content);
    const result = await nango.proxy.upload('/files/upload', { ...target, from: file, method: 'PUT' });
    expect(result.bytes).toBe(content.length);
    expect(uploads.at(-1)?.sha256).toBe(createHash('sha256').update(content).digest('hex'));
  });

  it('accepts an fs read stream through proxy.stream', async () => {
    const file = join(dir, 'small.txt');
    await writeFile(file, 'hello through the proxy');
    const response = await nango.proxy.stream('/files/upload', { ...target, body: createReadStream(file), contentType: 'text/plain' });
    expect(await response.json()).toEqual({ bytes: 23 });
  });
});

describe('proxy.download', () => {
  it('pipes 20 MB to a writable chunk by chunk (the server waits for the first bytes to be consumed)', async () => {
    resetFirstBytes();
    const hash = createHash('sha256');
    let chunks = 0;
    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        if (chunks++ === 0) signalFirstBytes();
        hash.update(chunk);
        callback();
      },
    });
    const result = await nango.proxy.download('/files/big', { ...target, to: sink });
    expect(result.bytes).toBe(TOTAL);
    expect(hash.digest('hex')).toBe(downloadSha);
    expect(chunks).toBeGreaterThan(1);
  });

  it('writes to a file path', async () => {
    resetFirstBytes();
    signalFirstBytes();
    const file = join(dir, 'download.bin');
    const result = await nango.proxy.download('/files/big', { ...target, to: file });
    expect(result.bytes).toBe(TOTAL);
    const fileHash = createHash('sha256');
    for await (const chunk of createReadStream(file)) fileHash.update(chunk as Buffer);
    expect(fileHash.digest('hex')).toBe(downloadSha);
  });

  it('throws the typed error for an upstream error status', async () => {
    const error = await nango.proxy.download('/missing', { ...target, to: new Writable({ write: (_c, _e, cb) => cb() }) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NangoNotFoundError);
    expect((error as NangoNotFoundError).status).toBe(404);
  });
});
