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
import { suggest } from '../../src/search/client/suggest.ts';
import { CURRENT_BLOCK } from '../../src/search/record.ts';

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
    'documents whose title holds %s rank above the pages that only mention it (after units whose name holds it)',
    async (q) => {
      const holds = (s: string) => queryTerms(q).every((t) => squash(s).includes(squash(t)));
      const titled = exported<{ title: string; url: string }[]>('documents.json')
        .filter((d) => holds(d.title))
        .map((d) => new URL(d.url).pathname);
      const units = exported<{ name: string; official?: string | null; aliases: string[]; url: string }[]>('units.json')
        .filter((x) => [x.name, x.official ?? '', ...x.aliases].some(holds))
        .map((x) => new URL(x.url).pathname);
      const results = await ranked(q);
      expect(titled.length).toBeGreaterThan(0);
      expect(results.slice(0, units.length).sort()).toEqual(units.sort());
      expect(results.slice(units.length, units.length + titled.length).sort()).toEqual(titled.sort());
    },
  );
});

describe('what each page is found by', () => {
  interface ExportedItem {
    name: string;
    path: string;
    list: string;
    rows: { measures: string }[];
    responsibility?: string | null;
  }
  const ownText = (i: ExportedItem) => squash([i.name, ...i.rows.map((r) => r.measures), i.responsibility ?? ''].join(''));

  it('营商环境 finds only the items whose own text holds it, not every item of the list named for it', async () => {
    const items = exported<ExportedItem[]>('items.json');
    const own = items.filter((i) => ownText(i).includes('营商环境')).map((i) => i.path);
    expect(items.filter((i) => i.list.includes('营商环境')).length).toBeGreaterThan(own.length);
    expect(await urls('营商环境', { kind: '事项' })).toEqual(own.sort());
  });

  it('an item’s list is a filter: every item of 临汾市营商环境创新提升改革事项清单 without a query', async () => {
    const items = exported<ExportedItem[]>('items.json').filter((i) => i.list === '临汾市营商环境创新提升改革事项清单');
    expect(await urls('', { list: '临汾市营商环境创新提升改革事项清单' })).toEqual(items.map((i) => i.path).sort());
  });

  it.each(['行政审批', '审批服务', '行政审批服务管理'])('part of a unit’s name, %s, puts the unit’s page in the top 3', async (q) => {
    expect((await ranked(q)).slice(0, 3)).toContain('/units/approval-service/');
  });

  it('an item’s excerpt holds its own text: no list name, 第N项 or row number glued to it', async () => {
    const ex = await excerptOf('清理设置非必要条件', '/items/lzf-2023-2-002/');
    expect(ex).toContain('<mark>清理设置非必要条件</mark>');
    expect(ex).not.toMatch(/清单|第\d+项|·\s*\d/);
  });

  it.each([
    ['营商环镜', '营商环境'],
    ['一业一正', '一业一证'],
    ['市财正局', '市财政局'],
  ])('a near miss, %s, is offered the existing term %s', async (typo, term) => {
    expect(await urls(typo)).toEqual([]);
    expect(await suggest(lp.pf, typo, CURRENT_BLOCK)).toContain(term);
  });

  it('filter counts follow the query: 营商环境 by kind counts what each kind would leave', async () => {
    const out = await runSearch(lp.pf, '营商环境', {}, t2s);
    for (const kind of ['文件', '事项', '单位'])
      expect(out.counts?.kind?.[kind] ?? 0, kind).toBe((await urls('营商环境', { kind })).length);
  });
});

describe('list entries in the index', () => {
  it('an excerpt of a member list sets its entries apart: 组长 and 副组长 of 临政办函〔2023〕1号', async () => {
    expect(await excerptOf('崔元斌', '/documents/lzbh-2023-1/')).toContain('<mark>崔元斌</mark>市委常委、副市长 · 副组长：杨楠');
  });

  it('a query cannot match across the end of one entry and the start of the next', async () => {
    // in 临政办函〔2023〕1号 组长：崔元斌 市委常委、副市长 | 副组长：杨楠 …
    expect(await urls('副市长副组长')).toEqual([]);
    expect(await urls('副市长')).toContain('/documents/lzbh-2023-1/');
    expect(await urls('副组长：杨楠')).toContain('/documents/lzbh-2023-1/');
  });

  it('text that runs on from a list into the next block still matches (市人社 | 局 in 临政办函〔2023〕1号)', async () => {
    expect(await urls('市人社局')).toContain('/documents/lzbh-2023-1/');
  });
});
