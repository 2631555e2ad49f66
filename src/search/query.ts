/**
 * Search logic shared by the browser (src/scripts/search.ts), the Node tests and the bench:
 * Traditional → Simplified, 文号 detection, one exact-phrase Pagefind search per term,
 * intersection, and excerpts rebuilt from the fragment's words (for a long page, from the
 * part of its text the excerpt needs; see fragments.ts).
 */
import { queryTerms, pagefindPhrase, unspaced } from './tokenize.ts';
import { normalizeNumber } from '../lib/wenhao.ts';
import type { TextParts } from './fragments.ts';

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindData>;
}
export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  locations: number[];
  anchors: { id: string; location: number; element: string }[];
  /** a long page's text is not in its fragment but in parts (see fragments.ts) */
  text?: TextParts;
  /** the page's words; for a long page only those around the first match are filled in */
  words?: string[];
}
export interface PagefindApi {
  search: (q: string | null, opts?: { filters?: Record<string, unknown> }) => Promise<{ results: PagefindResult[] }>;
}

export interface Hit {
  id: string;
  load: () => Promise<PagefindData>;
}

export interface Outcome {
  /** canonical 文号 when the query is one */
  number: string | null;
  /** the query actually searched (Simplified) */
  query: string;
  hits: Hit[];
}

/** Pagefind loaded as the search page uses it, from `${base}pagefind/`. */
export type PagefindModule = PagefindApi & {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
};

/** Load Pagefind on the main thread: our index is small, and the worker script alone is 12 KB (gzip) more. */
export async function openPagefind(base: string): Promise<PagefindModule> {
  const mod = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindModule;
  await mod.options({ baseUrl: base, noWorker: true });
  await mod.init();
  return mod;
}

/** The word range an excerpt of `width` words shows around the first of `locations`. */
export function excerptWindow(locations: number[], length: number, width = 60): { at: number; from: number; to: number; locs: number[] } {
  const locs = [...locations].sort((a, b) => a - b);
  const at = locs[0] ?? 0;
  const from = Math.max(0, at - Math.floor(width / 3));
  return { at, from, to: Math.min(length, from + width), locs };
}

const parts = new Map<string, Promise<string[]>>();

/** Fill in the words an excerpt needs, fetching the part(s) of a long page's text that hold them. */
export async function withWords(d: PagefindData, base = '/'): Promise<PagefindData> {
  if (!d.text) return d;
  const { words: length, per, path } = d.text;
  const { from, to } = excerptWindow(d.locations, length);
  const words = new Array<string>(length).fill('');
  for (let k = Math.floor(from / per); k * per < Math.max(to, from + 1); k++) {
    const url = `${base}${path}.${k}.txt`;
    if (!parts.has(url)) {
      const part = fetch(url).then(async (r) => {
        if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
        return (await r.text()).split(' ');
      });
      // a failed fetch is retried next time rather than cached
      part.catch(() => parts.delete(url));
      parts.set(url, part);
    }
    // a part that cannot be fetched costs the excerpt, not the result
    const got = await parts.get(url)!.catch(() => undefined);
    if (!got) return d;
    got.forEach((w, i) => (words[k * per + i] = w));
  }
  return { ...d, words };
}

export async function runSearch(
  pf: PagefindApi,
  raw: string,
  filters: Record<string, unknown> = {},
  toSimplified: (s: string) => string = (s) => s,
  base = '/',
): Promise<Outcome> {
  const query = toSimplified(raw.trim());
  const number = normalizeNumber(query);
  const terms = queryTerms(number ?? query);
  if (!terms.length) {
    if (!Object.keys(filters).length) return { number, query, hits: [] };
    const r = await pf.search(null, { filters });
    return { number, query, hits: r.results.map((x) => ({ id: x.id, load: async () => withWords(await x.data(), base) })) };
  }
  const lists = await Promise.all(terms.map((t) => pf.search(pagefindPhrase(t), { filters })));
  const [first, ...rest] = lists;
  const others = rest.map((l) => new Set(l.results.map((r) => r.id)));
  const hits = first!.results
    .filter((r) => others.every((s) => s.has(r.id)))
    .map((r) => ({ id: r.id, load: async () => withWords(await r.data(), base) }));
  return { number, query, hits };
}

/** Separates unit names in a result's `units` meta (a name may itself contain 、). */
export const UNIT_SEPARATOR = '|';

/** A result's units for display: at most six names, then the count (a plan names about 60). */
export function unitsLine(units: string, most = 6): string {
  const all = units.split(UNIT_SEPARATOR);
  return all.length <= most ? all.join('、') : `${all.slice(0, most).join('、')} 等 ${all.length} 个单位`;
}

export interface Excerpt {
  /** HTML-escaped text with <mark> around matched words */
  html: string;
  /** id of the block (paragraph / heading / row) holding the first match */
  anchor?: string;
}

/** Escape text for HTML content and double-quoted attributes. */
export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function excerpt(d: PagefindData, width = 60): Excerpt {
  const words = d.words ?? d.content.split(/\s+/).filter(Boolean);
  const { at, from, to, locs } = excerptWindow(d.locations, words.length, width);
  const marked = new Set(locs);
  let html = from > 0 ? '…' : '';
  let run: string[] = [];
  let inMark = false;
  const flush = () => {
    if (!run.length) return;
    const t = escapeHtml(unspaced(run));
    html += inMark ? `<mark>${t}</mark>` : t;
    run = [];
  };
  for (let i = from; i < to; i++) {
    const m = marked.has(i);
    if (m !== inMark) {
      flush();
      inMark = m;
    }
    run.push(words[i]!);
  }
  flush();
  if (to < words.length) html += '…';
  const anchor = [...d.anchors]
    .filter((a) => a.location <= at && a.id && a.id !== 'top')
    .sort((a, b) => b.location - a.location)[0]?.id;
  return { html, anchor: locs.length ? anchor : undefined };
}
