/**
 * Publishing: a production build carries the public origin it was given (SITE_URL) and nothing
 * else, refuses to build without one, and its exports give every link as an absolute `url` and a
 * site-relative `path`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { ensureBuilt, DIST, ROOT, TEST_SITE_URL, page } from '../support/site.ts';
import { siteUrlProblem } from '../../src/integrations/site-url.ts';
import { csvRows } from '../support/csv-rows.ts';

beforeAll(() => ensureBuilt(), 600_000);

const read = (p: string) => readFileSync(path.join(DIST, p), 'utf8');
const json = <T>(p: string): T => JSON.parse(read(p));

describe('a production build for SITE_URL=https://example.gov.cn', () => {
  it('has no “localhost” in any file of dist/, and every absolute link in the feed and sitemap is on SITE_URL', () => {
    // every file, Pagefind's gzip-compressed index and fragments read decompressed
    const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name));
    const text = (f: string) => {
      const buf = readFileSync(f);
      return (buf[0] === 0x1f && buf[1] === 0x8b ? gunzipSync(buf) : buf).toString('utf8');
    };
    expect(files.length).toBeGreaterThan(500);
    expect(files.filter((f) => text(f).includes('localhost')).map((f) => path.relative(DIST, f))).toEqual([]);
    const sitemaps = [...read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(sitemaps).toEqual([`${TEST_SITE_URL}/sitemaps/site.xml`, `${TEST_SITE_URL}/sitemaps/2023.xml`]);
    const locs = sitemaps.flatMap((m) => [...read(new URL(m).pathname.slice(1)).matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => x[1]!));
    expect(locs).toContain(`${TEST_SITE_URL}/issues/2023-02/`);
    expect(locs).toContain(`${TEST_SITE_URL}/units/finance/`);
    expect(locs.filter((l) => !l.startsWith(`${TEST_SITE_URL}/`))).toEqual([]);
    expect(locs.filter((l) => !l.startsWith(`${TEST_SITE_URL}/`))).toEqual([]);
    const feedLinks = [...read('feed.xml').matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(feedLinks).toContain(`${TEST_SITE_URL}/documents/lzf-2023-2/`);
    expect(feedLinks.filter((l) => !l.startsWith(`${TEST_SITE_URL}/`))).toEqual([]);
    expect(page('/documents/lzf-2023-2/')).toContain(`<link rel="canonical" href="${TEST_SITE_URL}/documents/lzf-2023-2/">`);
  });

  it('every export gives each link as a site-relative path next to its absolute url on SITE_URL', () => {
    const pairs: [string | null, string | null][] = [];
    const docs =
      json<{ slug: string; path: string; url: string; citations: { target?: string; path: string | null; url: string | null }[] }[]>(
        'data/documents.json',
      );
    const plan = docs.find((d) => d.slug === 'lzf-2023-2')!;
    expect([plan.path, plan.url]).toEqual(['/documents/lzf-2023-2/', `${TEST_SITE_URL}/documents/lzf-2023-2/`]);
    for (const d of docs) pairs.push([d.path, d.url], ...d.citations.map((c) => [c.path, c.url] as [string | null, string | null]));
    const items = json<{ slug: string; path: string; url: string; source: string; sourcePath: string }[]>('data/items.json');
    const i37 = items.find((i) => i.slug === 'lzf-2023-2-037')!;
    expect([i37.path, i37.sourcePath]).toEqual(['/items/lzf-2023-2-037/', '/documents/lzf-2023-2/#annex1-p3-r37']);
    for (const i of items) pairs.push([i.path, i.url], [i.sourcePath, i.source]);
    const units = json<{ slug: string; path: string; url: string }[]>('data/units.json');
    expect(units.find((x) => x.slug === 'finance')!.path).toBe('/units/finance/');
    for (const x of units) pairs.push([x.path, x.url]);
    const csv = csvRows(read('data/items.csv'));
    const [head, ...rows] = csv;
    expect(rows).toHaveLength(items.length);
    for (const r of rows) pairs.push([r[head!.indexOf('path')]!, r[head!.indexOf('url')]!]);
    const tasks = csvRows(read('units/finance/tasks.csv'));
    for (const r of tasks.slice(1)) pairs.push([r[tasks[0]!.indexOf('路径')]!, r[tasks[0]!.indexOf('链接')]!]);
    expect(pairs.length).toBeGreaterThan(400);
    const wrong = pairs.filter(([p, u]) => (p === null ? u !== null : !p.startsWith('/') || u !== TEST_SITE_URL + p));
    expect(wrong).toEqual([]);
  });
});

describe('SITE_URL', () => {
  it('astro build without SITE_URL stops before building, with a message that names SITE_URL and no stack trace', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'gongbao-no-site-'));
    rmSync(out, { recursive: true });
    const env: NodeJS.ProcessEnv = { ...process.env, BASE_PATH: '' };
    delete env.SITE_URL;
    const r = spawnSync('npx', ['astro', 'build', '--outDir', out], { cwd: ROOT, env, encoding: 'utf8' });
    const said = `${r.stdout}${r.stderr}`;
    expect(r.status).not.toBe(0);
    expect(said).toContain('SITE_URL is not set');
    expect(said).toContain('SITE_URL=https://gongbao.example.gov.cn npm run build');
    expect(said).not.toMatch(/^\s+at /m);
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it.each([
    ['https://gongbao.example.gov.cn', 'accepted'],
    ['http://localhost:4321', 'accepted'],
    [undefined, 'SITE_URL is not set'],
    ['', 'SITE_URL is not set'],
    ['gongbao.example.gov.cn', 'is not an absolute URL'],
    ['ftp://example.gov.cn', 'is not an http(s) URL'],
    ['https://example.gov.cn/gongbao/', 'has a path: give the origin only and the path as BASE_PATH'],
  ])('SITE_URL %j: %s', (value, verdict) => {
    if (verdict === 'accepted') expect(siteUrlProblem(value)).toBeUndefined();
    else expect(siteUrlProblem(value)).toContain(verdict);
  });

  it('npm start builds for http://localhost:4321 and previews it, so the README command works on a laptop', () => {
    const start: string = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.start;
    expect(start).toBe('SITE_URL=http://localhost:4321 npm run build && astro preview');
  });
});
