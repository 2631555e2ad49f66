/** Cutting the search index by year (src/search/build/years.ts): what keys a block, and which block a page goes in. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { indexedPart, pageYear, slices } from '../src/search/build/years.ts';

test.each([
  [
    '<nav>x</nav><article data-pagefind-body data-search="{}"><p>a</p></article><aside>related</aside>',
    '<article data-pagefind-body data-search="{}"><p>a</p></article>',
  ],
  [
    '<div><div class="x" data-pagefind-body><div>a</div><div>b</div></div><div>after</div></div>',
    '<div class="x" data-pagefind-body><div>a</div><div>b</div></div>',
  ],
  ['<main><p>not indexed</p></main>', '<main><p>not indexed</p></main>'],
])('the indexed part of %s', (html, part) => {
  expect(indexedPart(html)).toBe(part);
});

test.each([
  ['<article data-pagefind-body data-search="{&quot;title&quot;:&quot;a&quot;,&quot;year&quot;:2022}">', 2022],
  ['<article data-pagefind-body data-search="{&quot;title&quot;:&quot;市财政局&quot;}">', null],
  ['<main>no record</main>', null],
])('the year of %s', (html, year) => {
  expect(pageYear(html)).toBe(year);
});

describe('slices', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'gongbao-years-'));
  const page = (name: string, year: number | null, text: string, around = '') => {
    const file = path.join(root, `${name}.html`);
    const record = year ? `{&quot;year&quot;:${year}}` : '{}';
    writeFileSync(file, `<nav>${around}</nav><article data-pagefind-body data-search="${record}">${text}</article>`);
    return file;
  };

  test('the newest year takes the pages without a year; earlier years follow, newest first', () => {
    const files = [page('a', 2022, 'a'), page('b', 2023, 'b'), page('u', null, 'unit'), page('c', 2021, 'c')];
    expect(slices(root, files, 'code').map((s) => [s.block, s.year, s.files.map((f) => path.basename(f))])).toEqual([
      ['current', 2023, ['b.html', 'u.html']],
      ['2022', 2022, ['a.html']],
      ['2021', 2021, ['c.html']],
    ]);
  });

  test('a closed year keeps its key when another year or the text around its pages changes', () => {
    const before = slices(root, [page('a', 2022, 'a', 'nav 1'), page('b', 2023, 'b')], 'code');
    const after = slices(root, [page('a', 2022, 'a', 'nav 2'), page('b', 2023, 'b, changed')], 'code');
    expect(after[1]!.key).toBe(before[1]!.key);
    expect(after[0]!.key).not.toBe(before[0]!.key);
  });

  test('any change to the search build’s code changes every key', () => {
    const files = [page('a', 2022, 'a'), page('b', 2023, 'b')];
    const [a, b] = [slices(root, files, 'code 1'), slices(root, files, 'code 2')];
    expect(a.map((s) => s.key).filter((k, i) => k === b[i]!.key)).toEqual([]);
  });
});
