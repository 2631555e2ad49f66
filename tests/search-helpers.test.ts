/** Small helpers of the search (src/search/): punctuation folding, entry separators, ranking, unit lines, long-page parts. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ENTRY_SEPARATOR, fold, queryTerms, unspaced } from '../src/search/tokenize.ts';
import { rank } from '../src/search/client/rank.ts';
import type { Ranking } from '../src/search/record.ts';
import { withWords } from '../src/search/client/excerpt.ts';
import { partAnchors } from '../src/search/build/fragments.ts';
import type { PagefindData } from '../src/search/client/pagefind.ts';
import { unitsLine, UNIT_SEPARATOR } from '../src/search/record.ts';

describe('fold', () => {
  test.each([
    ['充(换)电', '充\uFF08换\uFF09电'],
    ['各县(市、区)人民政府', '各县\uFF08市、区\uFF09人民政府'],
    ['改革,推行', '改革\uFF0C推行'],
    ['1,000 万元', '1,000 万元'],
    ['8:30 开始', '8:30 开始'],
    ['第3:', '第3\uFF1A'],
    ['临政办函［2023］3号', '临政办函[2023]3号'],
    ['＊2', '∗2'],
  ])('%s → %s', (input, folded) => {
    expect(fold(input)).toBe(folded);
  });
});

describe('entry separators', () => {
  test.each([
    ['市财政局 政府采购', ['市财政局', '政府采购']],
    [`服务${ENTRY_SEPARATOR}临政发`, ['服务', '临政发']],
    ['"一业一证"', ['一业一证']],
  ])('queryTerms(%s) is %j: no term holds a separator', (q, terms) => expect(queryTerms(q)).toEqual(terms));

  test('an excerpt shows a separator as “ · ”', () => {
    expect(unspaced(['服', '务', ENTRY_SEPARATOR, '临', '政', '发', ENTRY_SEPARATOR, '11', '推'])).toBe('服务 · 临政发 · 11推');
  });
});

describe('rank', () => {
  const ranking: Ranking = {
    names: { 市财政局: 'unit-finance', 隰县: 'unit-xixian', 隰县人民政府: 'unit-xixian' },
    titles: [['关于做好2023年安全生产工作的通知', 'doc-safety']],
  };
  const hits = ['item-1', 'doc-other', 'unit-xixian', 'doc-safety', 'unit-finance'].map((id) => ({ id }));
  test.each([
    [['隰县'], ['unit-xixian', 'item-1', 'doc-other', 'doc-safety', 'unit-finance']],
    [
      ['市财政局', '隰县'],
      ['unit-finance', 'unit-xixian', 'item-1', 'doc-other', 'doc-safety'],
    ],
    [['安全生产'], ['doc-safety', 'item-1', 'doc-other', 'unit-xixian', 'unit-finance']],
    [
      ['安全生产', '隰县'],
      ['unit-xixian', 'item-1', 'doc-other', 'doc-safety', 'unit-finance'],
    ],
    [['一业一证'], ['item-1', 'doc-other', 'unit-xixian', 'doc-safety', 'unit-finance']],
  ])('terms %j', (terms, order) => expect(rank(hits, terms, ranking).map((h) => h.id)).toEqual(order));

  test('without a ranking file the order is Pagefind’s', () => expect(rank(hits, ['隰县'], undefined)).toEqual(hits));
});

describe('unitsLine', () => {
  const names = (n: number) => Array.from({ length: n }, (_, i) => `单位${i + 1}`);
  test.each([
    [['市行政审批服务管理局', '各县（市、区）人民政府'], '市行政审批服务管理局、各县（市、区）人民政府'],
    [names(6), names(6).join('、')],
    [names(7), `${names(6).join('、')} 等 7 个单位`],
    [['各县（市、区）人民政府', ...names(5)], `各县（市、区）人民政府、${names(5).join('、')}`],
  ])('%j', (units, line) => {
    expect(unitsLine(units.join(UNIT_SEPARATOR))).toBe(line);
  });
});

describe('partAnchors', () => {
  const at = (id: string, location: number) => ({ element: 'span', id, text: '', location });
  test.each([
    [0, ['s1', 's2']],
    [1, ['s2', 's3']],
    [2, ['s3']],
  ])('part %i carries its own anchors and the last one before it', (k, ids) => {
    expect(partAnchors([at('s1', 0), at('s2', 500), at('s3', 1200)], k).map((a) => a.id)).toEqual(ids);
  });
});

describe('withWords', () => {
  afterEach(() => vi.unstubAllGlobals());
  const longPage = (path: string): PagefindData => ({
    url: '/documents/x/',
    content: '',
    meta: {},
    filters: {},
    locations: [3],
    anchors: [],
    text: { words: 5, per: 1000, path },
  });

  const part = '[{"element":"span","id":"s1","text":"","location":2}]\n甲 乙 丙 丁 戊';

  test('fills in the words and anchors of the part that holds the match', async () => {
    vi.stubGlobal('fetch', async () => new Response(part));
    expect(await withWords(longPage('ok'))).toMatchObject({
      words: ['甲', '乙', '丙', '丁', '戊'],
      anchors: [{ id: 's1', location: 2 }],
    });
  });

  test('a part that answers 404 costs the excerpt, not the result, and is fetched again next time', async () => {
    const fetches: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => (fetches.push(url), new Response('<!doctype html>not found', { status: 404 })));
    const d = longPage('missing');
    expect(await withWords(d)).toBe(d);
    vi.stubGlobal('fetch', async (url: string) => (fetches.push(url), new Response(part)));
    expect((await withWords(d)).words?.[3]).toBe('丁');
    expect(fetches).toEqual(['/missing.0.txt', '/missing.0.txt']);
  });
});
