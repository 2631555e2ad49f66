/**
 * Pagefind indexes merged without indexing their pages again (src/search/build/merge.ts, over the
 * file format of src/search/build/pagefind-files.ts): the merge of two parts must be what Pagefind
 * writes for their pages indexed together. The pages are the real issue's documents and items
 * (content/), as the site's pages carry them (a data-search record, the text in the body).
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { parse as parseYaml } from 'yaml';
import { indexHtml } from '../src/search/build/index-html.ts';
import { closePagefind, writePagefindIndex, type IndexedPage } from '../src/search/build/pagefind.ts';
import { mergeIndexes, type Entry } from '../src/search/build/merge.ts';
import {
  chunkName,
  decodeCbor,
  encodeCbor,
  metaName,
  readPagefindFile,
  SIGNATURE,
  type FilterChunk,
  type Meta,
} from '../src/search/build/pagefind-files.ts';
import { escapeHtml, KIND, type SearchRecord } from '../src/search/record.ts';
import { ROOT } from './support/site.ts';

const work = mkdtempSync(path.join(tmpdir(), 'gongbao-merge-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A page as the site renders it for the indexer: the record, the title, the Markdown body's text. */
function page(dir: string, file: string, record: (front: Record<string, unknown>) => SearchRecord): IndexedPage {
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(path.join(ROOT, 'content', dir, file), 'utf8'))!;
  const rec = record(parseYaml(front!) as Record<string, unknown>);
  const html = `<article data-pagefind-body data-search="${escapeHtml(JSON.stringify(rec))}"><h1>${escapeHtml(rec.title)}</h1>${body!
    .split(/\n\n+/)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('')}</article>`;
  return { sourcePath: `${dir}/${file.replace(/\.md$/, '')}/index.html`, html: indexHtml(fromHtml(html))!.html };
}

const documents = readdirSync(path.join(ROOT, 'content/documents'))
  .sort()
  .map((f) =>
    page('documents', f, (d) => ({
      title: String(d.title),
      kind: KIND.document,
      number: String(d.number),
      issuer: String(d.issuer),
      date: String(d.date),
      year: 2023,
      issue: '2023-02',
    })),
  );
const items = readdirSync(path.join(ROOT, 'content/items'))
  .sort()
  .slice(0, 40)
  .map((f) =>
    page('items', f, (d) => ({ title: String(d.name), kind: KIND.item, no: `第${String(d.no)}项`, year: 2023, issue: '2023-02' })),
  );

async function index(name: string, pages: IndexedPage[]): Promise<string> {
  const dir = path.join(work, name);
  await writePagefindIndex(
    dir,
    (async function* () {
      yield* pages;
    })(),
  );
  return dir;
}

/** An index's files, read back: from a folder Pagefind wrote or from a merge's file map. */
function reading(get: (file: string) => Buffer) {
  const entry = JSON.parse(get('pagefind-entry.json').toString()) as Entry;
  const meta = readPagefindFile(get(`pagefind.${entry.languages.und!.hash}.pf_meta`)) as Meta;
  const filter = (name: string) => {
    const hash = meta[3].find(([f]) => f === name)?.[1];
    return hash ? (readPagefindFile(get(`filter/${hash}.pf_filter`)) as FilterChunk) : undefined;
  };
  // Pagefind lists a filter's values in hash-map order: compared as sets
  const filters = Object.fromEntries(meta[3].map(([f]) => [f, Object.fromEntries(filter(f)![1])]));
  return { entry, meta, filters, chunk: (hash: string) => get(`index/${hash}.pf_index`) };
}
const fromDir = (dir: string) => reading((f) => readFileSync(path.join(dir, f)));

/**
 * Two pages with the names in pinyin of a 批复 of the realistic issue 2023-06 (tests/fixtures/issues):
 * Pagefind files a form with diacritics (Pínghé) as a variant of its plain word (pinghe), which each
 * part holds and the merge must join.
 */
const pinyin = [
  '平和街，汉语拼音拼写形式：Pínghé Jiē。汾润路，汉语拼音拼写形式：Fénrùn Lù。',
  '兴业巷，汉语拼音拼写形式：Xīngyè Xiàng。平和街 Pínghé Jiē。',
].map((text, k): IndexedPage => ({
  sourcePath: `documents/pinyin-${k}/index.html`,
  html: indexHtml(
    fromHtml(
      `<article data-pagefind-body data-search="${escapeHtml(JSON.stringify({ title: `地名 ${k}`, kind: KIND.document, year: 2023, issue: '2023-06' }))}"><p>${text}</p></article>`,
    ),
  )!.html,
}));

let a: string, b: string, together: string;
beforeAll(async () => {
  // the documents (with a date) apart from the items (without): the parts' metadata fields differ
  [a, b, together] = [
    await index('a', [...documents, pinyin[0]!]),
    await index('b', [...items, pinyin[1]!]),
    await index('ab', [...documents, pinyin[0]!, ...items, pinyin[1]!]),
  ];
  await closePagefind();
}, 60_000);

describe('merging Pagefind indexes', () => {
  test('two parts merged are the index Pagefind writes for their pages together, chunk for chunk', () => {
    const merged = mergeIndexes([a, b]);
    const [got, want] = [reading((f) => merged.files.get(f)!), fromDir(together)];
    expect(got.meta[1]).toEqual(want.meta[1]);
    expect(got.meta[2]).toEqual(want.meta[2]);
    expect(got.meta[5]).toEqual(want.meta[5]);
    for (const [, , hash] of want.meta[2]) expect(gunzipSync(got.chunk(hash))).toEqual(gunzipSync(want.chunk(hash)));
    expect(got.filters).toEqual(want.filters);
    expect(got.entry.languages.und!.page_count).toBe(documents.length + items.length + 2);
  });

  test('a filter given to the merge is on every page', () => {
    const merged = reading((f) => mergeIndexes([a, b], { block: 'current' }).files.get(f)!);
    expect(merged.filters.block).toEqual({ current: [...Array(documents.length + items.length + 2).keys()] });
  });

  test('a fragment name another part uses for another page is made longer, one for the same page is kept', () => {
    const copy = path.join(work, 'a-copy');
    rmSync(copy, { recursive: true, force: true });
    cpSync(a, copy, { recursive: true });
    const [first, second] = readdirSync(path.join(copy, 'fragment')).sort();
    const changed = path.join(copy, 'fragment', first!);
    const fragment = JSON.parse(gunzipSync(readFileSync(changed)).toString().slice(SIGNATURE.length)) as { content: string };
    writeFileSync(changed, gzipSync(SIGNATURE + JSON.stringify({ ...fragment, content: `${fragment.content} 另一页` })));
    const merged = mergeIndexes([a, copy]);
    const stem = (f: string) => f.replace('.pf_fragment', '');
    const renamed = merged.fragments[1]!;
    expect(renamed.get(stem(first!))).toMatch(new RegExp(`^${stem(first!)}[0-9a-f]+$`));
    expect(renamed.get(stem(second!))).toBe(stem(second!));
    const pages = (
      readPagefindFile(
        merged.files.get(`pagefind.${JSON.parse(merged.files.get('pagefind-entry.json')!.toString()).languages.und.hash}.pf_meta`)!,
      ) as Meta
    )[1];
    expect(new Set(pages.map(([h]) => h)).size).toBe(documents.length + 2);
  });
});

describe('Pagefind’s files', () => {
  test('each file Pagefind wrote decodes and encodes back to the same bytes, under the name Pagefind gave it', () => {
    const dir = together;
    for (const sub of ['index', 'filter']) {
      for (const file of readdirSync(path.join(dir, sub))) {
        const cbor = gunzipSync(readFileSync(path.join(dir, sub, file))).subarray(SIGNATURE.length);
        expect(encodeCbor(decodeCbor(cbor))).toEqual(cbor);
        expect(`${chunkName('und', cbor, new Set())}.${sub === 'index' ? 'pf_index' : 'pf_filter'}`).toBe(file);
      }
    }
    const meta = readdirSync(dir).find((f) => f.endsWith('.pf_meta'))!;
    const cbor = gunzipSync(readFileSync(path.join(dir, meta))).subarray(SIGNATURE.length);
    expect(encodeCbor(decodeCbor(cbor))).toEqual(cbor);
    expect(`pagefind.${metaName('und', cbor)}.pf_meta`).toBe(meta);
  });

  test.each([
    [0, '00'],
    [23, '17'],
    [24, '1818'],
    [255, '18ff'],
    [256, '190100'],
    [65536, '1a00010000'],
    [-1, '20'],
    [-25, '3818'],
    ['营', '63e890a5'],
    [[1, [2]], '820181' + '02'],
  ])('CBOR of %j is %s', (value, hex) => {
    expect(encodeCbor(value).toString('hex')).toBe(hex);
    expect(decodeCbor(Buffer.from(hex, 'hex'))).toEqual(value);
  });
});
