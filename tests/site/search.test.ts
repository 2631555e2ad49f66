/**
 * Search in Node over the built Pagefind index, through the same query code the browser runs
 * (src/search/client/). Truth: a page matches when its indexed text contains every term as a
 * substring (whitespace ignored). Reports recall, precision and the bytes a first search loads.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { ensureBuilt, loadPagefind, DIST, type LoadedPagefind } from '../support/site.ts';
import { indexedPages, truth, quality, type IndexedPage } from '../support/truth.ts';
import { runSearch } from '../../src/search/client/query.ts';
import { excerpt } from '../../src/search/client/excerpt.ts';
import { ConverterFactory } from 'opencc-js/core';
import { QUERIES, TRADITIONAL } from '../support/queries.ts';
import { queryTerms, squash } from '../../src/search/tokenize.ts';

let lp: LoadedPagefind;
let pages: IndexedPage[];
let t2s: (s: string) => string;
let firstBytes = 0;
let firstFiles: string[] = [];

const gz = (p: string) => {
  const buf = readFileSync(path.join(DIST, p));
  return buf[0] === 0x1f && buf[1] === 0x8b ? buf.length : gzipSync(buf).length;
};

beforeAll(async () => {
  ensureBuilt();
  pages = indexedPages(DIST);
  lp = await loadPagefind();
  t2s = ConverterFactory(...JSON.parse(readFileSync(path.join(DIST, 'zh/t2s.json'), 'utf8')));
  lp.reset();
  await lp.pf.init();
  const out = await runSearch(lp.pf, '一业一证', {}, t2s);
  await Promise.all(out.hits.slice(0, 10).map((h) => h.load()));
  firstFiles = ['/pagefind/pagefind.js', ...lp.files()];
  firstBytes = [...new Set(firstFiles)].reduce((s, f) => s + gz(f), 0);
  if (process.env.SEARCH_BYTES_DETAIL) for (const f of new Set(firstFiles)) console.log(f, gz(f));
}, 600_000);

/** Result URLs of a query, in ranked order. */
async function ranked(q: string, filters = {}): Promise<string[]> {
  const out = await runSearch(lp.pf, q, filters, t2s);
  const data = await Promise.all(out.hits.map((h) => h.load()));
  return data.map((d) => d.url);
}

const urls = async (q: string, filters = {}) => (await ranked(q, filters)).sort();

/** The result at `url` for a query, wherever it ranks. */
async function hitOf(q: string, url: string) {
  const out = await runSearch(lp.pf, q, {}, t2s);
  const data = await Promise.all(out.hits.map((h) => h.load()));
  return data.find((d) => d.url === url)!;
}

/** The excerpt of the result at `url` for a query. */
const excerptOf = async (q: string, url: string): Promise<string> => excerpt(await hitOf(q, url)).html;

const exported = <T>(name: string): T => JSON.parse(readFileSync(path.join(DIST, 'data', name), 'utf8')) as T;

describe('search quality', () => {
  it('recall and precision against exact-substring truth', async () => {
    const got = new Map<string, string[]>();
    for (const q of QUERIES) got.set(q, await urls(q));
    const { recall, precision, tp, fn, fp, misses, empty } = quality(
      QUERIES,
      (q) => got.get(q)!,
      (q) => truth(pages, q),
    );
    console.log(
      `search: ${QUERIES.length} queries, recall ${recall.toFixed(4)}, precision ${precision.toFixed(4)} (tp ${tp}, fn ${fn}, fp ${fp})`,
    );
    console.log(`first search downloads ${firstBytes} bytes (gzip) in ${new Set(firstFiles).size} files`);
    console.log(`queries no page contains: ${empty.join(' ') || 'none'}`);
    expect(QUERIES.length - empty.length).toBeGreaterThanOrEqual(50);
    expect(misses.slice(0, 20)).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(0.99);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  }, 120_000);

  it('Traditional queries return the same pages as Simplified ones', async () => {
    for (const [t, s] of TRADITIONAL) {
      const a = await urls(t);
      expect(a.length, t).toBeGreaterThan(0);
      expect(a, t).toEqual(await urls(s));
    }
  });

  it('expected pages for real queries', async () => {
    expect((await urls('一业一证')).some((u) => u.startsWith('/items/lzf-2023-2-'))).toBe(true);
    expect(await urls('清理设置非必要条件')).toContain('/items/lzf-2023-2-002/');
    expect(await urls('市行政审批服务管理局')).toEqual(expect.arrayContaining(['/items/lzf-2023-2-002/', '/units/approval-service/']));
    expect(await urls('崔元斌')).not.toHaveLength(0);
  });

  it('a 文号 in any common variant is recognised as its document', async () => {
    for (const v of ['临政办函[2023]3号', '临政办函(2023)3号', '临政办函〔2023〕第3号', '临政办函〔2023〕3', '临政办函（2023）3号']) {
      const out = await runSearch(lp.pf, v, {}, t2s);
      expect(out.number, v).toBe('临政办函〔2023〕3号');
    }
    const numbers = JSON.parse(readFileSync(path.join(DIST, 'search/numbers.json'), 'utf8'));
    expect(numbers['临政办函〔2023〕3号']).toBe('/documents/lzbh-2023-3/');
  });

  it('filters narrow results: kind, unit, national', async () => {
    const all = await urls('营商环境');
    const items = await urls('营商环境', { kind: '事项' });
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThan(all.length);
    expect(items.every((u) => u.startsWith('/items/'))).toBe(true);
    const fin = await urls('', { unit: '市财政局', kind: '事项' });
    expect(fin).toContain('/items/lzf-2023-2-002/');
    const nat = await urls('', { national: '∗ 国家101项任务' });
    const natJson = JSON.parse(readFileSync(path.join(DIST, 'data/items.json'), 'utf8')).filter((i: { national: boolean }) => i.national);
    expect(nat).toHaveLength(natJson.length);
  });

  it('excerpts mark the match and point at the paragraph', async () => {
    const ex = excerpt(await hitOf('唐城法庭', '/documents/lzf-2023-2/'));
    expect(ex.html).toContain('<mark>唐城法庭</mark>');
    expect(ex.anchor).toBe('plan-s2-p3'); // 服务沿太岳板块发展, the third paragraph of 二、工作目标
  });

  it("excerpts show the source's full-width punctuation, not the folded ASCII", async () => {
    const ex = excerpt(await hitOf('唐城法庭', '/documents/lzf-2023-2/'));
    expect(ex.html).toContain('基层人民法庭\uFF0C为优化营商环境');
    expect(ex.html).not.toMatch(/[\u4e00-\u9fff][,:;()?!]|[,:;()?!][\u4e00-\u9fff]/);
  });
});

describe('ranking', () => {
  it.each([
    ['市行政审批服务管理局', '/units/approval-service/'],
    ['市行政審批服務管理局', '/units/approval-service/'],
    ['市交通局', '/units/transport/'],
    ['市交通運輸局', '/units/transport/'],
    ['隰县', '/units/xixian/'],
    ['隰縣人民政府', '/units/xixian/'],
    ['各县(市、区)人民政府', '/units/all-counties/'],
    ['市财政局 政府采购', '/units/finance/'],
  ])('a query naming a unit, %s, ranks its own page first', async (q, unitPage) => {
    expect((await ranked(q))[0]).toBe(unitPage);
  });

  it('every query naming a unit by its name or an alias ranks its page first', async () => {
    const units = exported<{ name: string; aliases: string[]; url: string }[]>('units.json');
    let checked = 0;
    for (const unit of units) {
      for (const name of [unit.name, ...unit.aliases]) {
        expect((await ranked(name))[0], name).toBe(new URL(unit.url).pathname);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(80);
  });

  it.each(['工作专班', '焦化行业', '营商环境', '复工复产', '安全生产', '气象保障'])(
    'documents whose title holds %s rank above the pages that only mention it',
    async (q) => {
      const titled = exported<{ title: string; url: string }[]>('documents.json')
        .filter((d) => queryTerms(q).every((t) => squash(d.title).includes(squash(t))))
        .map((d) => new URL(d.url).pathname);
      const results = await ranked(q);
      expect(titled.length).toBeGreaterThan(0);
      expect(results.length).toBeGreaterThan(titled.length);
      expect(results.slice(0, titled.length).sort()).toEqual(titled.sort());
    },
  );
});

describe('list entries in the index', () => {
  it('an excerpt of a unit page sets its entries apart: an item, its 文号, the next item', async () => {
    expect(await excerptOf('加强涉外商事法律服务', '/units/justice/')).toContain(
      '<mark>加强涉外商事法律服务</mark> · 临政发〔2023〕2号 · 6加强市场主体合法权益保护',
    );
  });

  it('a query cannot match across the end of one entry and the start of the next', async () => {
    // on /units/justice/ item 5's 文号 is followed by item 6: 临政发〔2023〕2号 | 6 加强市场主体…
    expect(await urls('2号6加强市场主体')).toEqual([]);
    expect(await urls('加强涉外商事法律服务临政发')).toEqual([]);
    expect(await urls('加强市场主体合法权益保护')).toContain('/units/justice/');
  });

  it('text that runs on from a list into the next block still matches (市人社 | 局 in 临政办函〔2023〕1号)', async () => {
    expect(await urls('市人社局')).toContain('/documents/lzbh-2023-1/');
  });
});
