/** Small helpers of the search client (src/search/): punctuation folding, unit lines, long-page parts. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fold } from '../src/search/tokenize.ts';
import { withWords } from '../src/search/client/excerpt.ts';
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

describe('withWords', () => {
  afterEach(() => vi.unstubAllGlobals());
  const longPage = (path: string): PagefindData => ({
    url: '/documents/x/', content: '', meta: {}, filters: {}, locations: [3], anchors: [],
    text: { words: 5, per: 1000, path },
  });

  test('fills in the words of the part that holds the match', async () => {
    vi.stubGlobal('fetch', async () => new Response('甲 乙 丙 丁 戊'));
    expect((await withWords(longPage('ok')))).toMatchObject({ words: ['甲', '乙', '丙', '丁', '戊'] });
  });

  test('a part that answers 404 costs the excerpt, not the result, and is fetched again next time', async () => {
    const fetches: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => (fetches.push(url), new Response('<!doctype html>not found', { status: 404 })));
    const d = longPage('missing');
    expect(await withWords(d)).toBe(d);
    vi.stubGlobal('fetch', async (url: string) => (fetches.push(url), new Response('甲 乙 丙 丁 戊')));
    expect((await withWords(d)).words?.[3]).toBe('丁');
    expect(fetches).toEqual(['/missing.0.txt', '/missing.0.txt']);
  });
});
