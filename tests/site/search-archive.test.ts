/**
 * The search index cut by year (src/search/build/years.ts, src/search/client/years.ts), over a small
 * archive built for the test: the real issue and a copy of it in 2023, a copy in 2022; then a third
 * 2023 issue added and the site rebuilt with the same search cache.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { archiveIssues, writeArchiveSource } from '../support/archive.ts';
import { csvRows } from '../support/csv-rows.ts';
import { loadPagefind, ROOT, TEST_SITE_URL, type LoadedPagefind } from '../support/site.ts';
import { indexedPages, quality, truth } from '../support/truth.ts';
import { QUERIES } from '../support/queries.ts';
import { Archive } from '../../src/search/client/years.ts';
import { CURRENT_BLOCK, type Years } from '../../src/search/record.ts';
import { buildSearch } from '../../src/integrations/search-index.ts';

const work = mkdtempSync(path.join(tmpdir(), 'gongbao-search-archive-'));
/**
 * The bytes a unit year's lists may take before they go one document a page (src/lib/unit-pages.ts):
 * the real issue's 市行政审批服务管理局 (~26 KB) fits once, as in 2022, and not twice, as in 2023.
 */
const UNIT_PAGE_BUDGET = '40000';
const dist = path.join(work, 'dist');
const cache = path.join(work, 'search-cache');

/** Ingests `work`'s source and builds it into `work`/dist with the test's search cache; returns the build's output. */
function build(): string {
  const ingest = spawnSync(process.execPath, [path.join(ROOT, 'scripts/ingest.ts'), `--root=${work}`], { encoding: 'utf8' });
  if (ingest.status !== 0) throw new Error(`ingest failed:\n${ingest.stderr}`);
  return execFileSync('npx', ['astro', 'build', '--outDir', dist], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: path.join(work, 'content'),
      SITE_URL: TEST_SITE_URL,
      BASE_PATH: '',
      SEARCH_CACHE_DIR: cache,
      UNIT_PAGE_BUDGET,
    },
  });
}

let lp: LoadedPagefind;
let archive: Archive;
let rebuilt: string;

beforeAll(async () => {
  const issues = archiveIssues(2, 1); // 2023-03 and 2022-03
  writeArchiveSource(work, issues);
  build();
  lp = await loadPagefind(dist);
  archive = await Archive.open(lp.pf, '/');
}, 900_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** URL paths of the documents and items of the issues of `year`, from the exports. */
function pagesOfYear(year: number): Set<string> {
  const docs = JSON.parse(readFileSync(path.join(dist, 'data/documents.json'), 'utf8')) as { issue: string; path: string; slug: string }[];
  const items = JSON.parse(readFileSync(path.join(dist, 'data/items.json'), 'utf8')) as { documentSlug: string; path: string }[];
  const ofYear = new Set(docs.filter((d) => d.issue.startsWith(`${year}-`)).map((d) => d.slug));
  return new Set([...docs.filter((d) => ofYear.has(d.slug)), ...items.filter((i) => ofYear.has(i.documentSlug))].map((p) => p.path));
}

const urlsOf = async (hits: { load: () => Promise<{ url: string }> }[]) => (await Promise.all(hits.map((h) => h.load()))).map((d) => d.url);

describe('search over an archive of two years', () => {
  it('lists the newest year as the current index and the earlier year as an archive index', () => {
    const years = JSON.parse(readFileSync(path.join(dist, 'pagefind/years.json'), 'utf8')) as Years;
    expect(years.current.year).toBe(2023);
    expect(years.archive.map((a) => a.year)).toEqual([2022]);
    expect(existsSync(path.join(dist, 'pagefind/archive/2022/pagefind-entry.json'))).toBe(true);
  });

  it('keys each page as Astro renders it as reading it back from dist/ would: a search build from the built pages reuses every part and block', async () => {
    const built = await buildSearch(dist, ROOT, cache, { info: () => {} });
    expect(built.summary).toMatch(/^\d+ pages, 4 of 4 parts reused, 2 of 2 blocks reused/);
  });

  it('a first search loads the newest year only, and finds no page of the earlier year', async () => {
    lp.reset();
    const out = await archive.search('一业一证', {}, CURRENT_BLOCK);
    const urls = await urlsOf(out.hits);
    expect(urls.length).toBeGreaterThan(0);
    expect(lp.files().filter((f) => f.includes('/archive/'))).toEqual([]);
    const older = pagesOfYear(2022);
    expect(urls.filter((u) => older.has(u))).toEqual([]);
  });

  it('every year searched: recall and precision 1.0 against exact-substring truth over all pages', async () => {
    const pages = indexedPages(dist);
    const got = new Map<string, string[]>();
    for (const q of QUERIES) got.set(q, await urlsOf((await archive.searchAll(q)).hits));
    const { recall, precision, misses } = quality(
      QUERIES,
      (q) => got.get(q)!,
      (q) => truth(pages, q),
    );
    expect(misses.slice(0, 10)).toEqual([]);
    expect([recall, precision]).toEqual([1, 1]);
  }, 300_000);

  it('the earlier year’s results come after the newest year’s', async () => {
    const urls = await urlsOf((await archive.searchAll('营商环境')).hits);
    const older = pagesOfYear(2022);
    const firstOlder = urls.findIndex((u) => older.has(u));
    expect(firstOlder).toBeGreaterThan(0);
    expect(urls.slice(firstOlder).every((u) => older.has(u))).toBe(true);
  });

  it('a chosen year is searched directly: 2022 gives its own pages only', async () => {
    const out = await archive.searchAll('营商环境', { year: '2022' }, undefined, '2022');
    const urls = await urlsOf(out.hits);
    const older = pagesOfYear(2022);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((u) => older.has(u))).toBe(true);
    expect(urls.length).toBe(truth(indexedPages(dist), '营商环境').filter((u) => older.has(u)).length);
  });
});

describe('an item page in an archive', () => {
  it('lists as related only items of its own year’s issues', () => {
    const older = pagesOfYear(2022);
    const items = [...older].filter((p) => p.startsWith('/items/')).slice(0, 20);
    let related = 0;
    for (const item of items) {
      const h = readFileSync(path.join(dist, item, 'index.html'), 'utf8');
      const section = h.slice(h.indexOf('id="related"'));
      const links = [...section.matchAll(/<a href="(\/items\/[^"#]+)"/g)].map((m) => m[1]!);
      related += links.length;
      expect(
        links.filter((l) => !older.has(l)),
        item,
      ).toEqual([]);
    }
    expect(related).toBeGreaterThan(0);
  });
});

describe('a unit page over two years', () => {
  const html = (p: string) => readFileSync(path.join(dist, p, 'index.html'), 'utf8');
  const links = (h: string, under: string) => [...h.matchAll(new RegExp(`<a href="(/${under}/[^"#]+)`, 'g'))].map((m) => m[1]!);
  /** Item links of a unit's year page and of the document pages it links to (a year too big for one page). */
  const yearItemLinks = (p: string) => {
    const h = html(p);
    const parts = [...new Set(links(h, 'units/approval-service/\\d{4}/documents'))];
    return [...links(h, 'items'), ...parts.flatMap((d) => links(html(d), 'items'))];
  };
  const items = () =>
    JSON.parse(readFileSync(path.join(dist, 'data/items.json'), 'utf8')) as {
      path: string;
      documentSlug: string;
      units: string[];
      lead: string[];
      support: string[];
    }[];
  const section = (h: string, id: string) =>
    h.slice(h.indexOf(`<section aria-labelledby="${id}"`), h.indexOf('</section>', h.indexOf(`id="${id}"`)));
  const csvPaths = (p: string) => {
    const [head, ...rows] = csvRows(readFileSync(path.join(dist, p), 'utf8'));
    return rows.map((r) => r[head!.indexOf('路径')]!);
  };

  it('shows the newest year, the earlier year one click away, each year’s pages holding its own year’s items only', () => {
    const newest = html('/units/approval-service/');
    const earlier = html('/units/approval-service/2022/');
    expect(newest).toContain('<a href="/units/approval-service/2022/">2022年</a>');
    expect(earlier).toContain('<a href="/units/approval-service/">2023年</a>');
    const older = pagesOfYear(2022);
    expect(yearItemLinks('/units/approval-service/').length).toBeGreaterThan(0);
    expect(yearItemLinks('/units/approval-service/').filter((u) => older.has(u))).toEqual([]);
    expect(yearItemLinks('/units/approval-service/2022/').length).toBeGreaterThan(0);
    expect(yearItemLinks('/units/approval-service/2022/').every((u) => older.has(u))).toBe(true);
  });

  it('a year over the budget lists each role’s documents with their counts, adding up to the role’s; each count is that document page’s list', () => {
    const newest = html('/units/approval-service/');
    expect(newest).not.toContain('class="measures"');
    for (const role of ['lead', 'support']) {
      const s = section(newest, role);
      const total = Number(/（(\d+)）<\/h2>/.exec(s)![1]);
      const parts = [...s.matchAll(/<a href="([^"#]+)#(\w+)">[^<]*<\/a><span class="meta">[^<]*?(\d+) 项<\/span>/g)];
      expect(parts.map((m) => m[2])).toEqual(parts.map(() => role));
      expect(parts.length).toBe(2); // 2023-02's plan and 2023-03's copy
      expect(parts.reduce((n, m) => n + Number(m[3]), 0)).toBe(total);
      for (const [, href, , n] of parts) expect(links(section(html(href!), role), 'items'), href).toHaveLength(Number(n));
    }
  });

  it('the document pages of a year over the budget hold every item the unit leads or supports that year, once, with its measures', () => {
    const mine = items().filter((i) => i.lead.includes('approval-service') || i.support.includes('approval-service'));
    const older = pagesOfYear(2022);
    const shown = yearItemLinks('/units/approval-service/');
    expect([...shown].sort()).toEqual(
      mine
        .map((i) => i.path)
        .filter((p) => !older.has(p))
        .sort(),
    );
    const part = html('/units/approval-service/2023/documents/lzf-2023-2/');
    expect(part).toContain('<a href="/units/approval-service/">2023年</a>');
    expect(part).toContain('class="measures"');
  });

  it('no year page of a unit or county spends more than the budget on its lists: the estimate holds on the built pages', () => {
    const yearPages = ['units', 'counties'].flatMap((kind) =>
      readdirSync(path.join(dist, kind), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .flatMap((e) => [
          `/${kind}/${e.name}/`,
          ...readdirSync(path.join(dist, kind, e.name))
            .filter((y) => /^\d{4}$/.test(y) && existsSync(path.join(dist, kind, e.name, y, 'index.html'))) // the newest year's folder holds only its document pages
            .map((y) => `/${kind}/${e.name}/${y}/`),
        ]),
    );
    const listBytes = (h: string) =>
      Buffer.byteLength(h.slice(h.indexOf('<section aria-labelledby="lead"'), h.indexOf('<section aria-labelledby="documents"')));
    expect(yearPages.length).toBeGreaterThan(50);
    expect(yearPages.filter((p) => listBytes(html(p)) > Number(UNIT_PAGE_BUDGET))).toEqual([]);
  });

  it('a year within the budget lists its items with their measures on its own page', () => {
    const earlier = html('/units/approval-service/2022/');
    expect(earlier).toContain('class="measures"');
    expect(links(earlier, 'units/approval-service/\\d{4}/documents')).toEqual([]);
  });

  it('each year has its task list beside its page, holding that year’s items, and every year’s is offered on the page', () => {
    const older = pagesOfYear(2022);
    const now = csvPaths('units/approval-service/tasks.csv');
    const then = csvPaths('units/approval-service/2022/tasks.csv');
    expect(now.length).toBeGreaterThan(0);
    expect(now.filter((p) => older.has(p))).toEqual([]);
    expect(then.length).toBeGreaterThan(0);
    expect(then.every((p) => older.has(p))).toBe(true);
    expect(now.length + then.length).toBe(items().filter((i) => i.units.includes('approval-service')).length);
    for (const p of ['/units/approval-service/', '/units/approval-service/2022/']) {
      expect(html(p)).toContain('href="/units/approval-service/tasks.csv" download');
      expect(html(p)).toContain('href="/units/approval-service/2022/tasks.csv" download');
    }
  });
});

describe('the items index of an archive', () => {
  const html = (p: string) => readFileSync(path.join(dist, p, 'index.html'), 'utf8');
  const rows = (h: string) => [...h.matchAll(/<td[^>]*><a href="(\/items\/[^"]+)"/g)].map((m) => m[1]!).sort();
  const itemsOf = (issue: string) => {
    const items = JSON.parse(readFileSync(path.join(dist, 'data/items.json'), 'utf8')) as { path: string; documentSlug: string }[];
    const docs = JSON.parse(readFileSync(path.join(dist, 'data/documents.json'), 'utf8')) as { slug: string; issue: string }[];
    const ofIssue = new Set(docs.filter((d) => d.issue === issue).map((d) => d.slug));
    return items
      .filter((i) => ofIssue.has(i.documentSlug))
      .map((i) => i.path)
      .sort();
  };

  it('shows one issue a page: the newest at /items/, each earlier one a click away', () => {
    expect(rows(html('/items/'))).toEqual(itemsOf('2023-03'));
    expect(rows(html('/items/issues/2022-03/'))).toEqual(itemsOf('2022-03'));
    expect(html('/items/')).toContain('<a href="/items/issues/2022-03/">2022年第3期</a>');
    expect(html('/items/issues/2022-03/')).toContain('<a href="/items/">2023年第3期</a>');
  });
});

describe('the sitemap over two years', () => {
  const locs = (p: string) =>
    [...readFileSync(path.join(dist, p), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

  it('is an index of the site’s sitemap and one per year, each year holding its own pages', () => {
    expect(locs('sitemap.xml')).toEqual(['/sitemaps/site.xml', '/sitemaps/2023.xml', '/sitemaps/2022.xml']);
    const y2022 = locs('sitemaps/2022.xml');
    expect(y2022).toContain('/issues/2022-03/');
    expect(y2022).toContain('/units/approval-service/2022/');
    expect(locs('sitemaps/2023.xml')).toContain('/units/approval-service/2023/documents/lzf-2023-2/');
    expect(y2022).toContain('/items/issues/2022-03/');
    expect(y2022).toContain('/documents/years/2022/');
    expect(locs('sitemaps/2023.xml')).not.toContain('/documents/years/2023/');
    expect(y2022.filter((p) => /^\/documents\/(?!years\/)/.test(p) || /^\/items\/(?!issues\/)/.test(p)).sort()).toEqual(
      [...pagesOfYear(2022)].sort(),
    );
  });
});

describe('a new issue of the current year', () => {
  beforeAll(() => {
    writeArchiveSource(work, [...archiveIssues(2, 1), { year: 2023, number: 4 }]);
    rebuilt = build();
  }, 900_000);

  it('indexes the new issue only (the unit pages index their names, not their lists), and merges the current year without indexing it again', () => {
    const indexed = [...rebuilt.matchAll(/search part \d+\/\d+: (\S+), /g)].map((m) => m[1]);
    expect(indexed).toEqual(['2023-04']);
    expect(rebuilt).toMatch(/search: 1 part\(s\) indexed, 4 reused/);
    expect(rebuilt).toMatch(/search block 1\/2: 2023 \(current\), 4 parts, merged/);
    expect(rebuilt).toMatch(/search block 2\/2: 2022, 1 parts, reused/);
  });

  it('finds the new issue’s pages and every earlier one after the rebuild', async () => {
    const again = await loadPagefind(dist);
    const all = await Archive.open(again.pf, '/');
    const urls = await urlsOf((await all.searchAll('一业一证')).hits);
    expect(urls).toEqual(expect.arrayContaining(truth(indexedPages(dist), '一业一证')));
    expect(urls.length).toBe(truth(indexedPages(dist), '一业一证').length);
    const docs = JSON.parse(readFileSync(path.join(dist, 'data/documents.json'), 'utf8')) as { issue: string; path: string }[];
    expect(urls.filter((u) => docs.some((d) => d.issue === '2023-04' && d.path === u)).length).toBeGreaterThan(0);
  });
});
