/**
 * The Simplified → Traditional dictionary the 繁體 switch loads (zh/s2t.json), pruned to the site's
 * text: opencc-js's s2tw chain, character by character after its phrase table (STPhrases, then
 * STCharacters; then TWVariants), never the `twp` vocabulary rewrite, which changes official wording.
 *
 * A character with several Traditional forms (干 乾/幹/干, 松 松/鬆, 余 餘/余, 里 裏/里, 发 發/髮)
 * takes its default form unless a phrase says otherwise. `EXTRA_PHRASES` adds the phrases of
 * official texts that opencc's table lacks; person names never reach the converter (they are
 * marked `data-no-convert` in the pages, src/render/as-printed.ts).
 */
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';

/** Dictionary groups in opencc-js ConverterFactory form: one array of serialized dicts per stage. */
export type DictGroups = string[][];
export type Entry = [string, string];

/**
 * Phrases missing from opencc's table, each where the default form of a character would be wrong:
 * 干 in dry processes is 乾 (乾熄焦 coke dry quenching, 乾法), 松 meaning loose is 鬆 (寬、鬆、軟, the
 * 放寬、放鬆 of regulation, listed with 、).
 */
export const EXTRA_PHRASES: Entry[] = [
  ['干熄焦', '乾熄焦'],
  ['干法', '乾法'],
  ['宽、松', '寬、鬆'],
  ['松、软', '鬆、軟'],
];

export const entries = (d: string): Entry[] =>
  d
    .split('|')
    .filter(Boolean)
    .map((e) => {
      const i = e.indexOf(' ');
      return [e.slice(0, i), e.slice(i + 1)] as Entry;
    });
export const serialize = (es: Entry[]) => es.map(([k, v]) => `${k} ${v}`).join('|');

/** Every substring of `text` of one of these lengths. */
function substrings(text: string, lengths: Set<number>): Set<string> {
  const present = new Set<string>();
  const cps = [...text];
  for (let i = 0; i < cps.length; i++) for (const L of lengths) if (i + L <= cps.length) present.add(cps.slice(i, i + L).join(''));
  return present;
}

/** The s2t groups, keeping only the phrases and characters that occur in `corpus`. */
export function s2tDictionary(corpus: string): DictGroups {
  const chars = new Set(corpus);
  const phrases = [...entries(STPhrases), ...EXTRA_PHRASES];
  const present = substrings(corpus, new Set(phrases.map(([k]) => [...k].length)));
  return [
    [serialize(phrases.filter(([k]) => present.has(k))), serialize(entries(STCharacters).filter(([k]) => chars.has(k)))],
    [TWVariantsPhrases, TWVariants],
  ];
}
