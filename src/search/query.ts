/**
 * Search logic shared by the browser (src/scripts/search.ts) and the Node tests:
 * Traditional → Simplified, 文号 detection, one exact-phrase Pagefind search per term,
 * intersection, and excerpts rebuilt from the fragment's words.
 */
import { queryTerms, pagefindPhrase, unspaced } from './tokenize.ts';
import { normalizeNumber } from '../lib/wenhao.ts';

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

export async function runSearch(
  pf: PagefindApi,
  raw: string,
  filters: Record<string, unknown> = {},
  toSimplified: (s: string) => string = (s) => s,
): Promise<Outcome> {
  const query = toSimplified(raw.trim());
  const number = normalizeNumber(query);
  const terms = queryTerms(number ?? query);
  if (!terms.length) {
    if (!Object.keys(filters).length) return { number, query, hits: [] };
    const r = await pf.search(null, { filters });
    return { number, query, hits: r.results.map((x) => ({ id: x.id, load: x.data })) };
  }
  const lists = await Promise.all(terms.map((t) => pf.search(pagefindPhrase(t), { filters })));
  const [first, ...rest] = lists;
  const others = rest.map((l) => new Set(l.results.map((r) => r.id)));
  const hits = first!.results
    .filter((r) => others.every((s) => s.has(r.id)))
    .map((r) => ({ id: r.id, load: r.data }));
  return { number, query, hits };
}

export interface Excerpt {
  /** HTML-escaped text with <mark> around matched words */
  html: string;
  /** id of the block (paragraph / heading / row) holding the first match */
  anchor?: string;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function excerpt(d: PagefindData, width = 60): Excerpt {
  const words = d.content.split(/\s+/).filter(Boolean);
  const locs = [...d.locations].sort((a, b) => a - b);
  const at = locs[0] ?? 0;
  const from = Math.max(0, at - Math.floor(width / 3));
  const to = Math.min(words.length, from + width);
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
