/** The parts and blocks of the search index (src/search/build/parts.ts): what keys a part, which part a page goes in, which block a part. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  blocksOf,
  codeHash,
  indexedPart,
  keyBuiltPages,
  keyedRanges,
  keyPages,
  pageContent,
  keyPagesInParallel,
  pageRecord,
  partsOf,
  textPart,
} from '../src/search/build/parts.ts';
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
  expect(indexedPart(Buffer.from(html)).toString()).toBe(part);
});

test.each([
  [
    '<article data-pagefind-body><h1>市财政局</h1><ul data-pagefind-ignore><li>12</li></ul><p>又称</p></article>',
    '<article data-pagefind-body><h1>市财政局</h1>|<p>又称</p></article>',
  ],
  // the same tag nested inside the ignored element; <pre> and <param> are not <p>
  [
    '<div data-pagefind-body><p data-pagefind-ignore>a<p>b</p><pre>c</pre></p><p>kept</p></div>',
    '<div data-pagefind-body>|<p>kept</p></div>',
  ],
  ['<div data-pagefind-body><input data-pagefind-ignore value="x">kept</div>', '<div data-pagefind-body>|kept</div>'],
  // text that reads like the attribute is indexed text
  ['<div data-pagefind-body><p>a data-pagefind-ignore b</p></div>', '<div data-pagefind-body><p>a data-pagefind-ignore b</p></div>'],
])('what is keyed of %s', (html, ranges) => {
  expect(keyedRanges(Buffer.from(html)).map(String).join('|')).toBe(ranges);
});

test.each([
  ['<article data-pagefind-body data-search="{&quot;title&quot;:&quot;a&quot;,&quot;year&quot;:2022}">', { title: 'a', year: 2022 }],
  ['<article data-pagefind-body data-search="{&quot;title&quot;:&quot;市财政局&quot;}">', { title: '市财政局' }],
  ['<main>no record</main>', null],
])('the search record of %s', (html, record) => {
  expect(pageRecord(Buffer.from(html))).toEqual(record);
});

describe('parts and blocks', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'gongbao-parts-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const page = (name: string, issue: string | null, text: string, around = '') => {
    const file = path.join(root, `${name}.html`);
    const record = issue ? `{&quot;year&quot;:${issue.slice(0, 4)},&quot;issue&quot;:&quot;${issue}&quot;}` : '{}';
    writeFileSync(file, `<nav>${around}</nav><article data-pagefind-body data-search="${record}">${text}</article>`);
    return file;
  };
  const names = (files: string[]) => files.map((f) => path.basename(f));
  const plan = (files: string[], code: string) => partsOf(files, keyPages(root, files, code));
  const partsIn = (files: string[], code: string) => plan(files, code).parts;

  test('each issue is a part, newest first, then the pages of no issue', () => {
    const files = [
      page('a', '2022-05', 'a'),
      page('b', '2023-01', 'b'),
      page('u', null, 'unit'),
      page('b2', '2023-01', 'b2'),
      page('c', '2023-02', 'c'),
    ];
    expect(partsIn(files, 'code').map((p) => [p.name, p.year, names(p.files)])).toEqual([
      ['2023-02', 2023, ['c.html']],
      ['2023-01', 2023, ['b.html', 'b2.html']],
      ['2022-05', 2022, ['a.html']],
      ['no-issue', null, ['u.html']],
    ]);
  });

  test('the newest year’s block takes the pages of no issue; earlier years follow, newest first', () => {
    const files = [page('a', '2022-05', 'a'), page('b', '2023-01', 'b'), page('u', null, 'unit'), page('c', '2021-12', 'c')];
    expect(blocksOf(partsIn(files, 'code')).map((b) => [b.block, b.year, b.parts.map((p) => p.name)])).toEqual([
      ['current', 2023, ['2023-01', 'no-issue']],
      ['2022', 2022, ['2022-05']],
      ['2021', 2021, ['2021-12']],
    ]);
  });

  test('an issue keeps its key when another issue or the text around its pages changes; its year’s block does not', () => {
    const before = partsIn([page('a', '2023-01', 'a', 'nav 1'), page('b', '2023-02', 'b')], 'code');
    const after = partsIn([page('a', '2023-01', 'a', 'nav 2'), page('b', '2023-02', 'b, changed')], 'code');
    expect(after.map((p) => p.key === before.find((q) => q.name === p.name)!.key)).toEqual([false, true]);
    expect(blocksOf(after)[0]!.key).not.toBe(blocksOf(before)[0]!.key);
  });

  test('a closed year’s block keeps its key when the newest year changes', () => {
    const before = blocksOf(partsIn([page('a', '2022-01', 'a'), page('b', '2023-02', 'b')], 'code'));
    const after = blocksOf(partsIn([page('a', '2022-01', 'a'), page('b', '2023-02', 'b, changed'), page('d', '2023-03', 'd')], 'code'));
    expect(after[1]!.key).toBe(before[1]!.key);
    expect(after[0]!.key).not.toBe(before[0]!.key);
  });

  test('a unit page keeps its key when only the lists it does not index change', () => {
    const unit = (name: string, lead: number) =>
      partsIn([page('u', null, `<h1>${name}</h1><ul data-pagefind-ignore><li>${lead}项牵头事项</li></ul>`)], 'code')[0]!.key;
    expect(unit('市财政局', 12)).toBe(unit('市财政局', 13));
    expect(unit('市财政局', 12)).not.toBe(unit('市税务局', 12));
  });

  test('pages that are not indexed are read for their text only, grouped by the year their URL names', () => {
    const plain = (name: string) => {
      const file = path.join(root, name, 'index.html');
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, `<main>${name}</main>`);
      return file;
    };
    const files = [
      plain('issues/2022-05'),
      plain('units/finance/2021'),
      plain('units/finance'),
      page('b', '2023-01', 'b'),
      plain('issues/2023-01'),
    ];
    const { parts, texts } = plan(files, 'code');
    expect(parts.map((p) => [p.name, names(p.files)])).toEqual([['2023-01', ['b.html']]]);
    expect(texts.map((t) => [t.name, t.files.map((f) => path.relative(root, f))])).toEqual([
      ['2022', ['issues/2022-05/index.html']],
      ['2021', ['units/finance/2021/index.html']],
      ['no-issue', ['units/finance/index.html']],
      ['2023', ['issues/2023-01/index.html']],
    ]);
  });

  test('a page that is not indexed keeps its text key when only the header or the lists to jump by change', () => {
    const file = path.join(root, 'issues/2021-03/index.html');
    mkdirSync(path.dirname(file), { recursive: true });
    const key = (header: string, jump: string, main: string) => {
      writeFileSync(
        file,
        `<header>${header}</header><main><nav>${jump}</nav><h1>${main}</h1><select><option>${jump}</option></select></main>`,
      );
      return plan([file], 'code').texts[0]!.pageKeys[0];
    };
    expect(key('最新一期：2023年第14期', '2023年第14期', '2021年第3期')).toBe(key('最新一期：2023年第15期', '2023年第15期', '2021年第3期'));
    expect(key('h', 'j', '2021年第3期')).not.toBe(key('h', 'j', '2021年第3期 目录'));
  });

  test.each([
    [
      '<header>h</header><main><h1>a</h1><nav><a>x</a></nav><p>b</p><select><option>y</option></select></main>',
      '<main><h1>a</h1><p>b</p></main>',
    ],
    ['<main>a<nav>x</nav>b<nav>y</nav>c</main><footer>f</footer>', '<main>abc</main>'],
    ['<p>no main</p>', '<p>no main</p>'],
  ])('the text part of %s', (html, part) => {
    expect(textPart(Buffer.from(html)).toString()).toBe(part);
  });

  test('the pages keyed on two threads get the keys one thread gives, in order', async () => {
    const files = Array.from({ length: 30 }, (_, k) => page(`p${k}`, k % 3 ? `2023-0${k % 3}` : null, `text ${k}`));
    expect(await keyPagesInParallel(root, files, 'code', { atLeast: 2 })).toEqual({ keys: keyPages(root, files, 'code'), threads: 2 });
  });

  test('a page noted as rendered is keyed from its note, not read, and gets the key reading it gives', async () => {
    const files = [page('r1', '2023-01', 'one'), page('r2', null, 'unit'), page('r3', '2023-01', 'three')];
    const noted = new Map(files.slice(0, 2).map((f) => [f, pageContent(readFileSync(f))]));
    const built = await keyBuiltPages(root, files, 'code', (f) => noted.get(f));
    expect(built.read).toBe(1);
    expect(built.keys).toEqual(keyPages(root, files, 'code'));
  });

  test('the code hash follows the search build’s relative imports: a change to a module it reaches changes it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gongbao-code-'));
    mkdirSync(path.join(dir, 'build'));
    writeFileSync(path.join(dir, 'build/entry.ts'), "import { x } from './step.ts';\nconst w = new URL('./worker.ts', import.meta.url);");
    writeFileSync(path.join(dir, 'build/step.ts'), "export { y } from '../rule.ts';");
    writeFileSync(path.join(dir, 'build/worker.ts'), 'worker');
    writeFileSync(path.join(dir, 'rule.ts'), 'rule 1');
    writeFileSync(path.join(dir, 'unrelated.ts'), 'unrelated 1');
    const hash = () => codeHash(path.join(dir, 'build/entry.ts'), '1.6.0');
    const before = hash();
    writeFileSync(path.join(dir, 'unrelated.ts'), 'unrelated 2');
    expect(hash()).toBe(before);
    writeFileSync(path.join(dir, 'rule.ts'), 'rule 2');
    const afterRule = hash();
    expect(afterRule).not.toBe(before);
    writeFileSync(path.join(dir, 'build/worker.ts'), 'worker 2');
    expect(hash()).not.toBe(afterRule);
    rmSync(dir, { recursive: true, force: true });
  });

  test('any change to the search build’s code changes every key', () => {
    const files = [page('a', '2022-01', 'a'), page('b', '2023-01', 'b')];
    const [one, two] = [partsIn(files, 'code 1'), partsIn(files, 'code 2')];
    expect(one.map((p) => p.key).filter((k, i) => k === two[i]!.key)).toEqual([]);
  });
});
