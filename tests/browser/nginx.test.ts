/**
 * The nginx server block the build writes (dist/nginx.conf, from deploy/nginx.conf and
 * src/lib/csp.ts), run by Debian's nginx over dist/: security headers, caching, gzip, clean URLs
 * and the 404 page, over HTTP and in Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST, ROOT, TEST_SITE_URL } from '../support/site.ts';
import { SECURITY_HEADERS } from '../../src/lib/csp.ts';
import { NGINX_DEFAULTS, renderNginx } from '../../src/lib/nginx.ts';
import { checkConfig, serveNginx, type Served } from '../support/nginx.ts';
import { open, SKIP_BROWSER, type Session } from '../support/browser.ts';

const TEMPLATE = readFileSync(path.join(ROOT, 'deploy/nginx.conf'), 'utf8');
const YEAR = 'public, max-age=31536000, immutable';
/** The first file under `dir` (in a subfolder too) whose name ends in `ext`, as a path under `dir`. */
const first = (dir: string, ext: string) =>
  readdirSync(path.join(DIST, dir), { recursive: true })
    .map(String)
    .find((f) => f.endsWith(ext))!;

describe('the server block the build writes', () => {
  it('dist/nginx.conf is deploy/nginx.conf with this build’s base path, asset folder, SITE_URL host and csp.ts headers', () => {
    const built = readFileSync(path.join(DIST, 'nginx.conf'), 'utf8');
    expect(built).toBe(
      renderNginx(TEMPLATE, { base: '/', assets: '_assets', serverName: new URL(TEST_SITE_URL).hostname, ...NGINX_DEFAULTS }),
    );
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(built).toContain(`add_header ${name} "${value}" always;`);
    expect(built).not.toContain('{{');
  });

  it.skipIf(SKIP_BROWSER).each(['/', '/gongbao/'])('nginx -t accepts it for the base path %s', (base) => {
    const verdict = checkConfig(
      renderNginx(TEMPLATE, { base, assets: '_assets', serverName: 'example.gov.cn', root: DIST, listen: '127.0.0.1:8080' }),
    );
    expect(verdict.output).toContain('test is successful');
    expect(verdict.ok).toBe(true);
  });
});

describe.skipIf(SKIP_BROWSER)('dist/ served by nginx', { timeout: 60_000 }, () => {
  let served: Served;
  const get = (p: string, headers: Record<string, string> = {}) => fetch(served.origin + p, { redirect: 'manual', headers });
  beforeAll(async () => {
    served = await serveNginx(DIST);
  }, 60_000);
  afterAll(async () => {
    await served?.close();
  });

  it.each(['/', '/documents/lzf-2023-2/', '/issues/2023-02/', '/data/items.json', '/no/such/page/'])(
    '%s carries the CSP, nosniff and referrer policy of src/lib/csp.ts',
    async (p) => {
      const r = await get(p);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(r.headers.get(name), name).toBe(value);
    },
  );

  it('pages, exports and Pagefind’s entry files are revalidated; hashed assets and index files are cached for a year', async () => {
    const cache = async (p: string) => {
      const r = await get(p);
      expect(r.status, p).toBe(200);
      return r.headers.get('cache-control');
    };
    for (const p of [
      '/',
      '/documents/lzf-2023-2/',
      '/data/items.json',
      '/feed.xml',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/zh/t2s.json',
    ]) {
      expect(await cache(p), p).toBe('no-cache');
    }
    const hashed = [
      `/_assets/${first('_assets', '.css')}`,
      `/_assets/${first('_assets', '.js')}`,
      `/pagefind/${first('pagefind', '.pf_meta')}`,
      `/pagefind/index/${first('pagefind/index', '.pf_index')}`,
      `/pagefind/fragment/${first('pagefind/fragment', '.pf_fragment')}`,
      `/pagefind/filter/${first('pagefind/filter', '.pf_filter')}`,
      `/pagefind/text/${first('pagefind/text', '.txt')}`,
    ];
    for (const p of hashed) expect(await cache(p), p).toBe(YEAR);
  });

  it('HTML, CSS, JS, JSON and CSV are sent gzip-compressed to a client that accepts it', async () => {
    for (const p of [
      '/documents/lzf-2023-2/',
      `/_assets/${first('_assets', '.css')}`,
      `/_assets/${first('_assets', '.js')}`,
      '/data/items.json',
      '/data/items.csv',
    ]) {
      const r = await get(p, { 'accept-encoding': 'gzip' });
      expect(r.headers.get('content-encoding'), p).toBe('gzip');
      expect(r.headers.get('vary'), p).toBe('Accept-Encoding');
    }
    expect((await get('/data/items.csv')).headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  it('a document’s clean URL serves its page, and without the trailing slash redirects to it', async () => {
    const r = await get('/documents/lzf-2023-2/');
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('关于印发临汾市营商环境创新提升行动方案的通知</h1>');
    const bare = await get('/documents/lzf-2023-2');
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/documents/lzf-2023-2/');
  });

  it('a missing page gets status 404 and the site’s 404 page; the host configuration files are not served', async () => {
    const notFound = readFileSync(path.join(DIST, '404.html'), 'utf8');
    for (const p of ['/documents/no-such-document/', '/nginx.conf', '/_headers', '/.built']) {
      const r = await get(p);
      expect(r.status, p).toBe(404);
      expect(await r.text(), p).toBe(notFound);
    }
  });
});

describe.skipIf(SKIP_BROWSER)('the 404 page from nginx in Chromium', { timeout: 60_000 }, () => {
  let s: Session;
  beforeAll(async () => {
    s = await open();
  }, 60_000);
  afterAll(async () => {
    await s?.close();
  });

  it('shows 页面不存在 with its stylesheet and script, under the header CSP, and a link home that works', async () => {
    const r = await s.page.goto(`${s.origin}/documents/no-such-document/`);
    expect(r?.status()).toBe(404);
    expect(r?.headers()['content-security-policy']).toBe(SECURITY_HEADERS['Content-Security-Policy']);
    expect(await s.page.textContent('h1')).toBe('页面不存在');
    // styled: the site header's background comes from the stylesheet
    expect(await s.page.$eval('.site-header', (el) => getComputedStyle(el).backgroundColor)).toBe('rgb(166, 27, 27)');
    expect(await s.page.getAttribute('html', 'class')).toContain('js');
    await Promise.all([s.page.waitForURL(`${s.origin}/`), s.page.click('main a[href="/"]')]);
    expect(await s.page.textContent('h1')).toBe('临汾市人民政府公报');
    // the one error is the page's own status; nothing it loads fails
    const missing = `${s.origin}/documents/no-such-document/`;
    expect(s.consoleErrors).toEqual([`${missing}: Failed to load resource: the server responded with a status of 404 (Not Found)`]);
    expect(s.failed).toEqual([`${missing}: HTTP 404`]);
  });
});
