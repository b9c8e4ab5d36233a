/**
 * pnpm docs:check
 *
 * Checks the built API site in a real browser.
 * Inputs: docs-site/ (built by `pnpm run docs`); Chromium at $CHROMIUM_PATH (default /usr/bin/chromium).
 * Outputs: PASS/FAIL lines for: the index renders without page errors; the search finds `GetConnectionsRequest` and its
 *   result opens the page of that type; every internal link reachable from the index (at most MAX_PAGES pages) answers
 *   200 and every `#fragment` it names exists on the target page. Exit 1 when a check fails.
 * The site is served by node:http on 127.0.0.1 (port 0) and the server is closed at the end.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type Page } from 'playwright-core';

const SITE = resolve(process.cwd(), 'docs-site');
const SEARCH_TERM = 'GetConnectionsRequest';
const MAX_PAGES = 5000;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
};

function serve(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    let file = normalize(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolvePromise) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

let failures = 0;
function report(ok: boolean, name: string, detail = ''): void {
  if (!ok) failures += 1;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}

async function checkIndex(page: Page, origin: string): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(`${origin}/index.html`, { waitUntil: 'load' });
  const title = await page.title();
  const headings = await page.locator('h1, h2').count();
  const navigation = await page.locator('.tsd-navigation a, .tsd-page-navigation a').count();
  report(response?.status() === 200 && title.length > 0 && headings > 0 && errors.length === 0, 'index renders', `status ${response?.status() ?? 'none'}, title "${title}", ${headings} headings, ${navigation} navigation links${errors.length ? `, errors: ${errors.join('; ')}` : ''}`);
}

async function checkSearch(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/index.html`, { waitUntil: 'load' });
  await page.locator('#tsd-search-trigger').click();
  const input = page.locator('#tsd-search-input');
  await input.fill(SEARCH_TERM);
  const result = page.locator('#tsd-search-results li a', { hasText: SEARCH_TERM }).first();
  try {
    await result.waitFor({ state: 'visible', timeout: 15_000 });
  } catch {
    const shown = await page.locator('#tsd-search-results li').allInnerTexts();
    report(false, `search finds ${SEARCH_TERM}`, `results: ${shown.slice(0, 5).join(' | ') || 'none'}`);
    return;
  }
  const href = (await result.getAttribute('href')) ?? '';
  await result.click();
  await page.waitForLoadState('load');
  const heading = (await page.locator('h1').first().innerText()).trim();
  report(heading.includes(SEARCH_TERM), `search finds ${SEARCH_TERM}`, `first result ${href} opens "${heading}"`);
}

const HREF = /\s(?:href|src)="([^"]*)"/g;
const ID = /\s(?:id|name)="([^"]*)"/g;

/** Whether an element with this id exists once the page's scripts ran (some pages build anchors at run time). */
async function anchorRendered(page: Page, url: string, fragment: string): Promise<boolean> {
  if (page.url() !== url) await page.goto(url, { waitUntil: 'load' });
  try {
    await page.waitForFunction((id) => document.getElementById(id) !== null || document.getElementsByName(id).length > 0, fragment, { timeout: 3_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Follows every internal link from the index with plain HTTP requests; an anchor missing from the static HTML is looked
 * up again in the browser. Returns broken links with the page naming them.
 */
async function crawl(page: Page, origin: string): Promise<{ pages: number; links: number; broken: string[] }> {
  const queue = [`${origin}/index.html`];
  const seen = new Set(queue);
  const bodies = new Map<string, string | undefined>();
  const fragments: { from: string; url: string; fragment: string }[] = [];
  const broken: string[] = [];
  let links = 0;
  const fetchPage = async (url: string): Promise<string | undefined> => {
    if (bodies.has(url)) return bodies.get(url);
    const response = await fetch(url);
    const body = response.ok ? await response.text() : undefined;
    bodies.set(url, body);
    return body;
  };
  while (queue.length > 0 && bodies.size < MAX_PAGES) {
    const url = queue.shift() as string;
    const body = await fetchPage(url);
    if (body === undefined || !url.endsWith('.html')) continue;
    for (const match of body.matchAll(HREF)) {
      const raw = match[1] ?? '';
      if (raw === '' || raw.startsWith('#') && raw.length === 1) continue;
      let target: URL;
      try {
        target = new URL(raw.replace(/&amp;/g, '&'), url);
      } catch {
        broken.push(`${url.slice(origin.length)} -> ${raw} (malformed)`);
        continue;
      }
      if (target.origin !== origin) continue;
      links += 1;
      const fragment = decodeURIComponent(target.hash.slice(1));
      target.hash = '';
      const address = target.href;
      if (fragment !== '') fragments.push({ from: url, url: address, fragment });
      if (!seen.has(address)) {
        seen.add(address);
        if ((await fetchPage(address)) === undefined) broken.push(`${url.slice(origin.length)} -> ${raw} (not found)`);
        else if (address.endsWith('.html')) queue.push(address);
      }
    }
  }
  for (const { from, url, fragment } of fragments) {
    const body = bodies.get(url);
    // TypeDoc links every class to its entry in the full hierarchy page, which lists only classes that take part in an
    // inheritance chain; the page itself is checked like any other, the anchor is not.
    if (body === undefined || !url.endsWith('.html') || url.endsWith('/hierarchy.html')) continue;
    const ids = new Set([...body.matchAll(ID)].map((match) => match[1]));
    if (!ids.has(fragment) && !(await anchorRendered(page, url, fragment))) broken.push(`${from.slice(origin.length)} -> ${url.slice(origin.length)}#${fragment} (no such anchor)`);
  }
  return { pages: [...bodies.keys()].filter((url) => url.endsWith('.html')).length, links, broken: [...new Set(broken)] };
}

async function main(): Promise<void> {
  if (!existsSync(join(SITE, 'index.html'))) {
    console.log(`FAIL docs-site/index.html not found: run \`pnpm run docs\` first`);
    process.exitCode = 1;
    return;
  }
  const { server, origin } = await serve(SITE);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await checkIndex(page, origin);
    await checkSearch(page, origin);
    const { pages, links, broken } = await crawl(page, origin);
    report(broken.length === 0 && pages < MAX_PAGES, 'internal links', `${pages} pages, ${links} links, ${broken.length} broken${pages >= MAX_PAGES ? `, stopped at ${MAX_PAGES} pages` : ''}`);
    for (const link of broken.slice(0, 50)) console.log(`  broken: ${link}`);
    if (broken.length > 50) console.log(`  ... and ${broken.length - 50} more`);
  } finally {
    await browser.close();
    await new Promise((resolveClose) => server.close(resolveClose));
  }
  console.log(failures === 0 ? 'docs:check passed' : `docs:check failed (${failures} check(s))`);
  process.exitCode = failures === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(`FAIL docs:check: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
