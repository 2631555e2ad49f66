/**
 * Several Pagefind indexes merged into one without indexing their pages again: what lets a new
 * issue be indexed on its own and then joined to the rest of its year (see parts.ts).
 *
 * The result is what Pagefind writes for all the parts' pages at once, in the parts' order: the
 * pages listed one part after another, each word's pages in that order, the words cut into chunks
 * by Pagefind's own rule, filters joined value by value; so a search over the merged index finds
 * and scores exactly what a search over one index of those pages would (tests/search-merge.test.ts
 * compares the two file by file). Fragments are not rewritten: each keeps its part's name, unless
 * another part already uses that name for another page, when it gets a longer one (`renames`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  chunkName,
  decodeWordChunk,
  encodeCbor,
  fullHash,
  metaName,
  pagefindFile,
  readPagefindFile,
  type FilterChunk,
  type Meta,
  type MetaChunk,
  type MetaFilter,
  type MetaPage,
  type Cbor,
  type Posting,
  type Word,
  type WordChunk,
} from './pagefind-files.ts';

/** Pagefind's chunk size: a chunk closes once its words' locations (plus one per page) reach it. */
const CHUNK_SIZE = 20000;

/** pagefind-entry.json */
export interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters: string[];
}

/** A merged index: its files (path under the index folder → bytes), and the fragments it takes from each part. */
export interface Merged {
  files: Map<string, Buffer>;
  pages: number;
  /** per part, in order: each fragment file's name in the part → its name in the merged index */
  fragments: Map<string, string>[];
}

/** Rust orders strings by their UTF-8 bytes, which is not JavaScript's UTF-16 order past U+FFFF. */
const utf8Order = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

interface Part {
  entry: Entry;
  language: string;
  meta: Meta;
  dir: string;
}

function readPart(dir: string): Part {
  const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as Entry;
  const languages = Object.keys(entry.languages);
  if (languages.length !== 1) throw new Error(`${dir}: one language expected, found ${languages.join(', ') || 'none'}`);
  const language = languages[0]!;
  const meta = readPagefindFile(readFileSync(path.join(dir, `pagefind.${entry.languages[language]!.hash}.pf_meta`))) as Meta;
  if (meta[4].length) throw new Error(`${dir}: sort orders cannot be merged`);
  return { entry, language, meta, dir };
}

/** Pagefind's chunk names: the first and last word, cut to where neighbouring chunks differ. */
function chunkBounds(chunks: Word[][]): [string, string][] {
  const bounds = chunks.map((c) => [c[0]![0], c.at(-1)![0]] as [string, string]);
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [a, b] = [[...bounds[i]![1]], [...bounds[i + 1]![0]]];
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    bounds[i]![1] = a.slice(0, common + 1).join('');
    bounds[i + 1]![0] = b.slice(0, common + 1).join('');
  }
  return bounds;
}

/** Merges the Pagefind indexes in `dirs` (each a folder Pagefind wrote), adding `filters` to every page. */
export function mergeIndexes(dirs: string[], filters: Record<string, string> = {}): Merged {
  const parts = dirs.map(readPart);
  const [first] = parts;
  if (!first) throw new Error('nothing to merge');
  for (const p of parts)
    if (p.language !== first.language || p.meta[0] !== first.meta[0])
      throw new Error(`${p.dir}: ${p.language} ${p.meta[0]}, not ${first.language} ${first.meta[0]} as ${first.dir}`);
  const language = first.language;

  // pages, part after part; a fragment name another part holds for other content gets longer (a
  // fragment is read only then: names are hashes of the content, so they rarely meet)
  const pages: MetaPage[] = [];
  const owner = new Map<string, string>(); // name → the fragment file that has it
  const content = (file: string) => gunzipSync(readFileSync(file));
  const renames: Map<string, string>[] = [];
  const offsets: number[] = [];
  for (const p of parts) {
    offsets.push(pages.length);
    const names = new Map<string, string>();
    for (const [hash, words, extra] of p.meta[1]) {
      let name = names.get(hash);
      if (!name) {
        const file = path.join(p.dir, 'fragment', `${hash}.pf_fragment`);
        name = hash;
        if (owner.has(name)) {
          const raw = content(file);
          const hex = fullHash(raw);
          for (let n = 1; owner.has(name) && !content(owner.get(name)!).equals(raw); n++) name = `${hash}${hex.slice(0, n)}`;
        }
        owner.set(name, file);
        names.set(hash, name);
      }
      pages.push([name, words, extra]);
    }
    renames.push(names);
  }

  // words: each one's pages in absolute numbers, the parts' in turn; a location in a metadata field
  // follows the field's number in the meta file's list (-1 - n), renumbered for the merged list
  const metaFields = [...new Set(parts.flatMap((p) => p.meta[5]))].sort(utf8Order);
  // a word's variants (its forms with diacritics: Pínghé under pinghe) are [form, pages] pairs
  const words = new Map<string, { postings: Posting[]; variants: Map<string, Posting[]> }>();
  parts.forEach((p, k) => {
    const field = p.meta[5].map((f) => -1 - metaFields.indexOf(f));
    // in place: a merge reads each chunk once, and allocating anew is most of its time
    const renumber = (postings: Posting[]) => {
      let page = 0; // the first page is given as it is, the next ones as differences
      for (const posting of postings) {
        page += posting[0];
        posting[0] = page + offsets[k]!;
        if (posting[2].length) posting[2] = posting[2].map((n) => (n < 0 ? field[-1 - n]! : n));
      }
      return postings;
    };
    for (const [, , hash] of p.meta[2]) {
      const [list] = readPagefindFile(readFileSync(path.join(p.dir, 'index', `${hash}.pf_index`)), decodeWordChunk);
      for (const [word, postings, variants] of list) {
        let known = words.get(word);
        if (!known) words.set(word, (known = { postings: [], variants: new Map() }));
        for (const posting of renumber(postings)) known.postings.push(posting);
        for (const [form, pages] of variants as [string, Posting[]][]) {
          if (!known.variants.has(form)) known.variants.set(form, []);
          for (const posting of renumber(pages)) known.variants.get(form)!.push(posting);
        }
      }
    }
  });
  const chunks: Word[][] = [];
  let chunk: Word[] = [];
  let size = 0;
  /** `postings` back to differences, counting their size as Pagefind's chunking does */
  const pack = (postings: Posting[]) => {
    let previous = 0;
    for (const posting of postings) {
      const page = posting[0];
      posting[0] = page - previous;
      previous = page;
      size += posting[1].length + posting[2].length + 1;
    }
    return postings;
  };
  for (const word of [...words.keys()].sort(utf8Order)) {
    const { postings, variants } = words.get(word)!;
    // in the order Pagefind meets them: page by page, so part by part
    const forms = [...variants].map(([form, pages]) => [form, pack(pages)] as Cbor);
    chunk.push([word, pack(postings), forms]);
    if (size >= CHUNK_SIZE) {
      chunks.push(chunk);
      chunk = [];
      size = 0;
    }
  }
  if (chunk.length) chunks.push(chunk);

  const files = new Map<string, Buffer>();
  const taken = new Set<string>();
  const metaChunks: MetaChunk[] = chunkBounds(chunks).map(([from, to], i) => {
    const cbor = encodeCbor([chunks[i]!] satisfies WordChunk);
    const name = chunkName(language, cbor, taken);
    taken.add(name);
    files.set(`index/${name}.pf_index`, pagefindFile(cbor));
    return [from, to, name];
  });

  // filters: each value's pages, the parts' in turn, then the added ones on every page
  const values = new Map<string, Map<string, number[]>>();
  const add = (filter: string, value: string, list: number[]) => {
    if (!values.has(filter)) values.set(filter, new Map());
    const byValue = values.get(filter)!;
    if (!byValue.has(value)) byValue.set(value, []);
    byValue.get(value)!.push(...list);
  };
  parts.forEach((p, k) => {
    for (const [filter, hash] of p.meta[3]) {
      const [, list] = readPagefindFile(readFileSync(path.join(p.dir, 'filter', `${hash}.pf_filter`))) as FilterChunk;
      for (const [value, onPages] of list)
        add(
          filter,
          value,
          onPages.map((n) => n + offsets[k]!),
        );
    }
  });
  for (const [filter, value] of Object.entries(filters))
    add(
      filter,
      value,
      pages.map((_, i) => i),
    );
  const filterTaken = new Set<string>();
  const metaFilters: MetaFilter[] = [...values.keys()].sort(utf8Order).map((filter) => {
    const byValue = values.get(filter)!;
    const cbor = encodeCbor([filter, [...byValue.keys()].sort(utf8Order).map((v) => [v, byValue.get(v)!])] satisfies FilterChunk);
    const name = chunkName(language, cbor, filterTaken);
    filterTaken.add(name);
    files.set(`filter/${name}.pf_filter`, pagefindFile(cbor));
    return [filter, name];
  });

  const meta = encodeCbor([first.meta[0], pages, metaChunks, metaFilters, [], metaFields] satisfies Meta);
  const hash = metaName(language, meta);
  files.set(`pagefind.${hash}.pf_meta`, pagefindFile(meta));
  const entry: Entry = {
    ...first.entry,
    languages: { [language]: { ...first.entry.languages[language]!, hash, page_count: pages.length } },
  };
  files.set('pagefind-entry.json', Buffer.from(JSON.stringify(entry)));
  return { files, pages: pages.length, fragments: renames };
}
