/**
 * Excerpts rebuilt from a result's words (Pagefind's own would hold zero-width spaces and our
 * spacing): the window around the first match, the matched words marked, the anchor of the block
 * that holds it. For a long page, only the part of its text the excerpt needs is fetched.
 */
import { escapeHtml } from '../record.ts';
import { unspaced } from '../tokenize.ts';
import type { PagefindData } from './pagefind.ts';

/** The word range an excerpt of `width` words shows around the first of `locations`. */
export function excerptWindow(locations: number[], length: number, width = 60): { at: number; from: number; to: number; locs: number[] } {
  const locs = [...locations].sort((a, b) => a - b);
  const at = locs[0] ?? 0;
  const from = Math.max(0, at - Math.floor(width / 3));
  return { at, from, to: Math.min(length, from + width), locs };
}

const parts = new Map<string, Promise<{ anchors: PagefindData['anchors']; words: string[] }>>();

/** Fill in the words (and anchors) an excerpt needs, fetching the part(s) of a long page's text that hold them. */
export async function withWords(d: PagefindData, base = '/'): Promise<PagefindData> {
  if (!d.text) return d;
  const { words: length, per, path } = d.text;
  const { from, to } = excerptWindow(d.locations, length);
  const words = new Array<string>(length).fill('');
  const anchors = [...d.anchors];
  for (let k = Math.floor(from / per); k * per < Math.max(to, from + 1); k++) {
    const url = `${base}${path}.${k}.txt`;
    if (!parts.has(url)) {
      const part = fetch(url).then(async (r) => {
        if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
        const text = await r.text();
        const nl = text.indexOf('\n');
        return { anchors: JSON.parse(text.slice(0, nl)) as PagefindData['anchors'], words: text.slice(nl + 1).split(' ') };
      });
      // a failed fetch is retried next time rather than cached
      part.catch(() => parts.delete(url));
      parts.set(url, part);
    }
    // a part that cannot be fetched costs the excerpt, not the result
    const got = await parts.get(url)!.catch(() => undefined);
    if (!got) return d;
    got.words.forEach((w, i) => (words[k * per + i] = w));
    anchors.push(...got.anchors.filter((a) => !anchors.some((b) => b.location === a.location && b.id === a.id)));
  }
  return { ...d, words, anchors };
}

export interface Excerpt {
  /** HTML-escaped text with <mark> around matched words */
  html: string;
  /** id of the block (paragraph / heading / row) holding the first match */
  anchor?: string;
}

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
  const anchor = [...d.anchors].filter((a) => a.location <= at && a.id && a.id !== 'top').sort((a, b) => b.location - a.location)[0]?.id;
  return { html, anchor: locs.length ? anchor : undefined };
}
