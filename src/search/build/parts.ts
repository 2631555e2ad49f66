/**
 * What the search index is built from, so that a new issue is indexed on its own.
 *
 * A part is the indexed pages of one issue (its documents and items), or those of no issue (unit
 * pages): Pagefind indexes a part once, keyed by a hash of what Pagefind is given of its pages
 * (keyedRanges) and of the search build's code, and a part whose key is in the cache is reused. A
 * page's content is noted as Astro renders it (rendered-pages.ts), or else read from dist/. The pages that are not indexed are
 * only read for the 简/繁 dictionaries, in text groups by the year their URL names, each page keyed
 * by its text part (textPart), so that a page read before is not read again.
 *
 * A block is what the browser loads: one year's parts merged (merge.ts), the newest year's with the
 * pages of no issue, which is the `current` block written as Pagefind's own bundle at pagefind/;
 * every earlier year is a block at pagefind/archive/<year>/.
 * Adding an issue indexes that issue's part (and the part of no issue only when a unit's names
 * change), and merges its year's block.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { CURRENT_BLOCK, type SearchRecord } from '../record.ts';

/** The pages of one issue, or of none, indexed together. */
export interface Part {
  /** the issue's id (2023-02), or `NO_ISSUE` */
  name: string;
  year: number | null;
  /** absolute paths, in index order */
  files: string[];
  /** hex digest of the part's pages and the search build's code */
  key: string;
}

/** One index the browser loads: a year's parts, merged. */
export interface Block {
  /** 'current' or the year, as the page's `block` filter says */
  block: string;
  year: number | null;
  parts: Part[];
  /** hex digest of its parts' keys and its name */
  key: string;
}

/** Pages that are not indexed, read for their text only: those whose URL names one year, or none. */
export interface TextGroup {
  /** the year the URL names, or `NO_ISSUE` */
  name: string;
  files: string[];
  /** per page (as `files`), hex digest of its text part (textPart) and the search build's code: a page whose text was read before is not read again */
  pageKeys: string[];
  /** hex digest of its pages' keys: the group's text is as it was when this is */
  key: string;
}

/** The part of the pages that belong to no issue. */
export const NO_ISSUE = 'no-issue';

/** A URL path segment naming a year or an issue (/issues/2023-02/, /units/finance/2022/): the page's text group. */
const YEAR_SEGMENT = /[\\/](\d{4})(?:-\d{2})?[\\/]/;

// pages are scanned as bytes, not decoded: at 100 issues that is 160 MB read on every build
const SEARCH_ATTRIBUTE = Buffer.from('data-search="');
const BODY = Buffer.from(' data-pagefind-body');
const ASSETS = Buffer.from('/_assets/');
const entities: Record<string, string> = { '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&#39;': "'", '&#x27;': "'" };

/** A built page's search record, read without parsing the page (null: the page is not indexed). */
export function pageRecord(html: Buffer): SearchRecord | null {
  // the record is an attribute of the indexed element: looked for in that tag only
  const body = html.indexOf(BODY);
  if (body < 0) return null;
  const at = html.indexOf(SEARCH_ATTRIBUTE, html.lastIndexOf('<', body));
  if (at < 0 || at > html.indexOf('>', body)) return null;
  const from = at + SEARCH_ATTRIBUTE.length;
  const attr = html.toString('utf8', from, html.indexOf('"', from));
  return JSON.parse(attr.replace(/&(quot|amp|lt|gt|#39|#x27);/g, (e) => entities[e]!)) as SearchRecord;
}

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Bytes that may follow a tag's name: `<p>` and `<p class>` open a p, `<path>` and `<pre>` do not. */
const afterTagName = new Set([...' \t\n\r>/'].map((c) => c.charCodeAt(0)));

/** Where `tag` (`<p` or `</p`) next stands as a whole tag name in `html` at or after `from`; -1 when it does not. */
function tagAt(html: Buffer, tag: Buffer, from: number): number {
  let at = html.indexOf(tag, from);
  while (at >= 0 && !afterTagName.has(html[at + tag.length]!)) at = html.indexOf(tag, at + 1);
  return at;
}

/** The end (after its closing tag) of the element whose start tag opens at `start`, by counting its tag's depth; the end of `html` when it is not closed. */
function elementEnd(html: Buffer, start: number): number {
  const tag = /^<([a-z][a-z0-9-]*)/i.exec(html.toString('latin1', start, start + 40))?.[1]?.toLowerCase();
  const startEnd = html.indexOf('>', start);
  if (!tag || startEnd < 0) return html.length;
  if (VOID_ELEMENTS.has(tag) || html[startEnd - 1] === 0x2f) return startEnd + 1;
  const [open, close] = [Buffer.from(`<${tag}`), Buffer.from(`</${tag}`)];
  let depth = 1;
  for (let pos = startEnd + 1; ;) {
    const closing = tagAt(html, close, pos);
    if (closing < 0) return html.length;
    for (let o = tagAt(html, open, pos); o >= 0 && o < closing; o = tagAt(html, open, o + 1)) depth++;
    pos = closing + close.length;
    if (!--depth) {
      const end = html.indexOf('>', pos);
      return end < 0 ? html.length : end + 1;
    }
  }
}

/**
 * The element of a built page that is indexed (the one with data-pagefind-body, up to its closing
 * tag), found by scanning the bytes, not parsing them; the whole page when none is.
 */
export function indexedPart(html: Buffer): Buffer {
  const at = html.indexOf(BODY);
  if (at < 0) return html;
  const start = html.lastIndexOf('<', at);
  return html.subarray(start, elementEnd(html, start));
}

/**
 * What Pagefind is given of a built page, as byte ranges: its indexed part less the subtrees marked
 * data-pagefind-ignore, which index-html.ts drops. Only this keys a part: what stands around it
 * (related items, navigation) and the lists a unit page shows but does not index change as other
 * issues are added.
 */
export function keyedRanges(html: Buffer): Buffer[] {
  const part = indexedPart(html);
  if (part === html) return [html];
  const ranges: Buffer[] = [];
  let pos = 0;
  for (let at = part.indexOf(IGNORE); at >= 0; at = part.indexOf(IGNORE, at + IGNORE.length)) {
    const start = part.lastIndexOf('<', at);
    // an attribute of a start tag (not text that reads like one): no '>' between the tag's '<' and it
    if (start < pos || part.lastIndexOf('>', at) > start || !afterIgnore.has(part[at + IGNORE.length]!)) continue;
    ranges.push(part.subarray(pos, start));
    pos = elementEnd(part, start);
    at = pos - IGNORE.length;
  }
  ranges.push(part.subarray(pos));
  return ranges;
}
const IGNORE = Buffer.from(' data-pagefind-ignore');
const afterIgnore = new Set([...' \t\n\r>/='].map((c) => c.charCodeAt(0)));

const [MAIN, MAIN_END] = [Buffer.from('<main'), Buffer.from('</main>')];
const LEFT_OUT = ['nav', 'select'].map((tag) => [Buffer.from(`<${tag}`), Buffer.from(`</${tag}>`)] as const);

/**
 * The part of a page that is not indexed whose text the dictionaries read: its <main> element, less
 * its navigation (<nav>, <select>). The header and footer around it are every page's, read with the
 * indexed pages, and the lists of issues and years to jump to change on every page whenever an issue
 * is added; their text is issue numbers and names every other page holds.
 */
export function textPart(html: Buffer): Buffer {
  const [start, end] = [html.indexOf(MAIN), html.lastIndexOf(MAIN_END)];
  const main = start < 0 || end < start ? html : html.subarray(start, end + MAIN_END.length);
  const kept: Buffer[] = [];
  let pos = 0;
  for (;;) {
    const next = LEFT_OUT.map(([open, close]) => [main.indexOf(open, pos), close] as const)
      .filter(([at]) => at >= 0)
      .sort((a, b) => a[0] - b[0])[0];
    if (!next) break;
    const [at, close] = next;
    const after = main.indexOf(close, at);
    if (after < 0) break;
    kept.push(main.subarray(pos, at));
    pos = after + close.length;
  }
  kept.push(main.subarray(pos));
  return kept.length === 1 ? kept[0]! : Buffer.concat(kept);
}

/**
 * The asset names Astro hashes (/_assets/site.B1x2.css) change with any style or script edit and
 * say nothing about what is indexed: left out of the key, so such an edit re-indexes nothing.
 */
function updateWithoutAssets(hash: Hash, html: Buffer): void {
  let pos = 0;
  for (let at = html.indexOf(ASSETS); at >= 0; at = html.indexOf(ASSETS, pos)) {
    hash.update(html.subarray(pos, at));
    pos = at + ASSETS.length;
    while (pos < html.length && !ASSET_END.has(html[pos]!)) pos++;
  }
  hash.update(html.subarray(pos));
}
const ASSET_END = new Set([...`"' )`].map((c) => c.charCodeAt(0)));

/** A module's relative imports, static and dynamic, and the workers it starts by a new URL of a file beside it. */
const RELATIVE_IMPORT = /(?:from\s+|import\(\s*|new URL\(\s*)'(\.{1,2}\/[^']+\.ts)'/g;

/**
 * Hash of the code that turns pages into an index: `entry` and every module it reaches by relative
 * imports (the tokenizer, the punctuation rules, the 简/繁 dictionary...), so a change to any of
 * them invalidates every cached part. Pages' own code is not in it: the pages' digests cover it.
 */
export function codeHash(entry: string, pagefindVersion: string): string {
  const h = createHash('sha256').update(pagefindVersion);
  const seen = new Set<string>();
  const walk = (file: string) => {
    // a path named only in a comment or a string
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    h.update(path.basename(file)).update(code);
    for (const [, spec] of code.matchAll(RELATIVE_IMPORT)) walk(path.resolve(path.dirname(file), spec!));
  };
  walk(entry);
  return h.digest('hex');
}

let pageBuffer = Buffer.allocUnsafe(1 << 20);

/** A page's bytes, read into one buffer used again for the next page (valid until then): no allocation per page. */
function readPage(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    let n = 0;
    for (;;) {
      if (n === pageBuffer.length) {
        const bigger = Buffer.allocUnsafe(pageBuffer.length * 2);
        pageBuffer.copy(bigger);
        pageBuffer = bigger;
      }
      const read = readSync(fd, pageBuffer, n, pageBuffer.length - n, null);
      if (!read) return pageBuffer.subarray(0, n);
      n += read;
    }
  } finally {
    closeSync(fd);
  }
}

/** What a built page's bytes say to the search build, whatever its path: which part it goes in, and a digest of what goes in. */
export interface PageContent {
  /** the indexed page's part (its issue, or NO_ISSUE); null for a page that is not indexed */
  part: string | null;
  /** the year of the part's issue */
  year: number | null;
  /** hex digest of what Pagefind is given of it (keyedRanges; its text part when not indexed) */
  digest: string;
}

/** A built page's content for the search build (scanned as bytes, not parsed). */
export function pageContent(html: Buffer): PageContent {
  const record = pageRecord(html);
  const hash = createHash('sha256');
  for (const range of record ? keyedRanges(html) : [textPart(html)]) updateWithoutAssets(hash, range);
  const digest = hash.digest('hex').slice(0, 32);
  if (!record) return { part: null, year: null, digest };
  return { part: record.issue ?? NO_ISSUE, year: record.issue ? (record.year ?? null) : null, digest };
}

/** What the search build needs of one built page: where it goes, and a digest of what it goes in with. */
export interface PageKey extends PageContent {
  /** the text group of a page that is not indexed (the year its URL names, or NO_ISSUE) */
  text: string | null;
  /** hex digest of the code, the page's path (relative to the site) and its content's digest */
  digest: string;
}

/** The key of the page at `relative` (a path under the built site) whose content is `content`. */
export function pageKey(relative: string, content: PageContent, code: string): PageKey {
  const digest = createHash('sha256').update(code).update(relative).update('\0').update(content.digest).digest('hex').slice(0, 32);
  const text = content.part === null ? (YEAR_SEGMENT.exec(`/${relative}`)?.[1] ?? NO_ISSUE) : null;
  return { part: content.part, year: content.year, text, digest };
}

/** Reads `files` (built pages under `root`) one at a time, each once, as bytes: their keys. */
export function keyPages(root: string, files: string[], code: string): PageKey[] {
  return files.map((file) => pageKey(path.relative(root, file), pageContent(readPage(file)), code));
}

/**
 * `keyPages` on two cores: the second half of the pages in a worker thread while this one reads
 * the first (reading every page is what a build that adds one issue spends most on); on one thread
 * when a worker cannot start.
 */
export async function keyPagesInParallel(
  root: string,
  files: string[],
  code: string,
  { atLeast = 2000 } = {},
): Promise<{ keys: PageKey[]; threads: number }> {
  const half = Math.ceil(files.length / 2);
  // below `atLeast` pages, starting a thread costs more than it saves
  if (files.length < atLeast) return { keys: keyPages(root, files, code), threads: 1 };
  let worker: Worker;
  try {
    worker = new Worker(new URL('./key-pages.worker.ts', import.meta.url), { workerData: { root, files: files.slice(half), code } });
  } catch {
    return { keys: keyPages(root, files, code), threads: 1 };
  }
  const second = new Promise<PageKey[] | undefined>((resolve) => {
    worker.once('message', (keys: PageKey[]) => resolve(keys));
    worker.once('error', () => resolve(undefined));
  });
  const first = keyPages(root, files.slice(0, half), code);
  const rest = await second;
  await worker.terminate();
  return rest ? { keys: [...first, ...rest], threads: 2 } : { keys: [...first, ...keyPages(root, files.slice(half), code)], threads: 1 };
}

/**
 * The keys of `files` (built pages under `root`): from `rendered` (a page's content as it was
 * rendered, when it was noted) or else read from the page, on two threads. How many were read.
 */
export async function keyBuiltPages(
  root: string,
  files: string[],
  code: string,
  rendered: (file: string) => PageContent | undefined = () => undefined,
): Promise<{ keys: PageKey[]; read: number; threads: number }> {
  const known = files.map((file) => {
    const content = rendered(file);
    return content && pageKey(path.relative(root, file), content, code);
  });
  const unknown = files.filter((_, k) => !known[k]);
  const { keys: read, threads } = await keyPagesInParallel(root, unknown, code);
  let next = 0;
  return { keys: known.map((key) => key ?? read[next++]!), read: unknown.length, threads };
}

/**
 * The parts and text groups of the pages (`files` and their `keys`, in index order): each issue's
 * part, newest first, then the part of no issue.
 */
export function partsOf(files: string[], keys: PageKey[]): { parts: Part[]; texts: TextGroup[] } {
  const byName = new Map<string, { year: number | null; files: string[]; hash: Hash }>();
  const texts = new Map<string, { files: string[]; pageKeys: string[] }>();
  keys.forEach((key, k) => {
    if (key.part === null) {
      const name = key.text!;
      let t = texts.get(name);
      if (!t) texts.set(name, (t = { files: [], pageKeys: [] }));
      t.files.push(files[k]!);
      t.pageKeys.push(key.digest);
      return;
    }
    let p = byName.get(key.part);
    if (!p) byName.set(key.part, (p = { year: key.year, files: [], hash: createHash('sha256') }));
    p.files.push(files[k]!);
    p.hash.update(key.digest);
  });
  // the newest issue first (ids sort by date), then the pages of no issue
  const names = [...byName.keys()]
    .filter((n) => n !== NO_ISSUE)
    .sort()
    .reverse()
    .concat(byName.has(NO_ISSUE) ? [NO_ISSUE] : []);
  return {
    parts: names.map((name) => {
      const { year, files: own, hash } = byName.get(name)!;
      return { name, year, files: own, key: hash.update(name).digest('hex').slice(0, 32) };
    }),
    texts: [...texts].map(([name, own]) => ({
      name,
      ...own,
      key: createHash('sha256').update(name).update(own.pageKeys.join('')).digest('hex').slice(0, 32),
    })),
  };
}

/** The blocks of `parts`, newest year first; the newest takes the parts of no year. */
export function blocksOf(parts: Part[]): Block[] {
  const years = [...new Set(parts.map((p) => p.year).filter((y): y is number => y !== null))].sort((a, b) => b - a);
  const newest = years[0] ?? null;
  return (years.length ? years : [null]).map((year) => {
    const block = year === newest ? CURRENT_BLOCK : String(year);
    const own = parts.filter((p) => p.year === year || (block === CURRENT_BLOCK && p.year === null));
    const key = createHash('sha256').update(block);
    for (const p of own) key.update(p.key);
    return { block, year, parts: own, key: key.digest('hex').slice(0, 32) };
  });
}
