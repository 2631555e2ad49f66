/**
 * One tokenisation for both sides of the search, so index and query always agree.
 *
 * Pagefind segments Chinese with jieba at index time and with Intl.Segmenter at query time;
 * the two disagree on many words, so queries miss pages that contain them word for word.
 * We side-step both segmenters: every character that is not an ASCII letter or digit becomes
 * its own word (runs of ASCII letters/digits stay one word), in the index and in the query,
 * and a query is run as a Pagefind exact-phrase search. A phrase of single characters
 * matches exactly the pages that contain the query as a substring (whitespace ignored).
 * Punctuation is kept as words too (Pagefind's includeCharacters), so 〔2023〕2号 never
 * matches 〔2023〕12号.
 */
import { toFullwidthPunctuation } from '../../model/punctuation.ts';

/**
 * The word the index puts between two list entries: a phrase cannot match across it, and no query
 * can contain it (`queryTerms` splits there), so no match runs from one entry into the next.
 */
export const ENTRY_SEPARATOR = '¦';

/**
 * Punctuation Pagefind must keep as words (index and query). ASCII " is excluded: it marks phrases.
 * The ASCII forms of ，：（） etc. reach the index only between digits (see `fold`).
 */
export const INCLUDE_CHARACTERS = '〔〕《》“”‘’、。,，;；:：()（）!！?？·—…-[]【】<>〈〉「」『』/%＋+=∗*＊〇.' + ENTRY_SEPARATOR;

const SPLIT = /([^A-Za-z0-9\s])/gu;
const KEEP = new Set(INCLUDE_CHARACTERS);
/** Punctuation Pagefind would strip: dropped on both sides so word positions agree. */
const DROP = /[\p{P}\p{Cf}]/gu;

/** Typed variants the search treats as the source's character: ［］ as [], ＊ and * as ∗. */
const SEARCH_VARIANTS: Record<string, string> = { '［': '[', '］': ']', '＊': '∗', '*': '∗' };

/**
 * Fullwidth and ASCII forms of the same punctuation are folded together on both sides, so
 * 充(换)电 finds 充（换）电. They fold to the full-width form, which is what the source uses in
 * Chinese text (model/punctuation.ts, as the pipeline restores it), so excerpts (built from the
 * indexed copy) show the source's own punctuation. A comma or colon between two digits (1,000,
 * 8:30) stays ASCII, as the source prints it. 〔〕 are kept apart from [] (the 文号 jump handles those).
 */
export function fold(text: string): string {
  return toFullwidthPunctuation(text).replace(/[［］＊*]/g, (c) => SEARCH_VARIANTS[c]!);
}

/** Space-separate every non-alphanumeric character: the text Pagefind indexes. */
export function spaced(text: string): string {
  return fold(text)
    .replace(DROP, (c) => (KEEP.has(c) ? c : ' '))
    .replace(SPLIT, ' $1 ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Undo `spaced` for display: join words, keeping a space only between two ASCII words; an entry separator reads as “ · ”. */
export function unspaced(words: string[]): string {
  let out = '';
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === ENTRY_SEPARATOR) {
      out += ' · ';
      continue;
    }
    if (i && /[A-Za-z0-9]$/.test(words[i - 1]!) && /^[A-Za-z0-9]/.test(w)) out += ' ';
    out += w;
  }
  return out;
}

/** Normalise text for exact-substring comparison (whitespace is not significant in Chinese). */
export function squash(text: string): string {
  return fold(text).replace(/\s+/g, '').toLowerCase();
}

/** Split a user query into terms (separated by whitespace or an entry separator); each term is one phrase search. */
export function queryTerms(q: string): string[] {
  return q
    .split(new RegExp(`[\\s${ENTRY_SEPARATOR}]+`))
    .map((t) => t.replace(/"/g, ''))
    .filter((t) => t.length > 0);
}

/** The Pagefind query string for one term: an exact phrase of spaced characters. */
export function pagefindPhrase(term: string): string {
  return `"${spaced(term)}"`;
}
