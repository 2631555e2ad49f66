/**
 * Near-miss suggestions: for a term no page holds (营商环镜), the terms one character off that the
 * pages do hold (营商环境). Each position of the term is left open in turn: the rest of the term,
 * searched as a phrase, finds candidate pages, and their words show what stands in the open place.
 * Only the pages' own text is read, so a suggestion always finds something. `scoped`: other blocks
 * than `block` are merged in, so the search is kept to it.
 */
import { pagefindPhrase, spaced } from '../tokenize.ts';
import { BLOCK_FILTER } from '../record.ts';
import { withWords } from './excerpt.ts';
import type { PagefindApi } from './pagefind.ts';

/** How many candidate pages are read per open position. */
const PAGES = 4;

/** Up to `most` terms of the same length as `term` that differ from it in one character, most often found first. */
export async function suggest(pf: PagefindApi, term: string, block: string, base = '/', scoped = true, most = 3): Promise<string[]> {
  const want = spaced(term).split(' ');
  if (want.length < 3) return [];
  const found = new Map<string, number>();
  for (let open = 0; open < want.length; open++) {
    // the longer side of the open place is the phrase searched; the shorter is checked in the words
    const left = want.slice(0, open);
    const right = want.slice(open + 1);
    const phrase = (left.length >= right.length ? left : right).join('');
    if (phrase.length < 2) continue;
    const r = await pf.search(pagefindPhrase(phrase), { filters: scoped ? { [BLOCK_FILTER]: block } : {} });
    for (const result of r.results.slice(0, PAGES)) {
      const d = await withWords(await result.data(), base);
      const words = d.words ?? d.content.split(/\s+/).filter(Boolean);
      for (let s = 0; s + want.length <= words.length; s++) {
        if (!want.every((w, i) => i === open || words[s + i] === w)) continue;
        const got = words[s + open]!;
        if (got === want[open] || !/^\p{L}$/u.test(got)) continue;
        const t = [...want.slice(0, open), got, ...want.slice(open + 1)].join('');
        found.set(t, (found.get(t) ?? 0) + 1);
      }
    }
  }
  return [...found.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, most)
    .map(([t]) => t);
}
