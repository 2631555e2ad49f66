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

/**
 * What of a text the dictionaries are pruned to: its characters and the phrases of the s2t table it
 * holds. The traits of several texts join into those of the texts together (`joinTraits`), so each
 * part of the site is read once (src/search/build/parts.ts).
 */
export interface TextTraits {
  chars: string[];
  phrases: string[];
}

const phrases = [...entries(STPhrases), ...EXTRA_PHRASES];
/** A trie of the table's phrases by UTF-16 code unit: a node ends a phrase when `phrase` is set. */
interface PhraseNode {
  next: Map<number, PhraseNode>;
  phrase?: string;
}
let trie: PhraseNode | undefined;

function phraseTrie(): PhraseNode {
  const root: PhraseNode = { next: new Map() };
  for (const [k] of phrases) {
    let node = root;
    for (let i = 0; i < k.length; i++) {
      const c = k.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    node.phrase = k;
  }
  return root;
}

export function textTraits(text: string): TextTraits {
  trie ??= phraseTrie();
  const present = new Set<string>();
  // from each position, down the trie as far as the text goes: a step or two, no string made
  for (let i = 0; i < text.length; i++) {
    let node = trie.next.get(text.charCodeAt(i));
    for (let j = i + 1; node; j++) {
      if (node.phrase) present.add(node.phrase);
      if (j === text.length) break;
      node = node.next.get(text.charCodeAt(j));
    }
  }
  return { chars: charsOf(text), phrases: [...present].sort() };
}

/** The characters (code points) of `text`, each once, sorted: collected as numbers, so that only the distinct ones become strings. */
function charsOf(text: string): string[] {
  const codes = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    codes.add(c);
    if (c > 0xffff) i++;
  }
  return [...codes].map((c) => String.fromCodePoint(c)).sort();
}

export function joinTraits(list: TextTraits[]): TextTraits {
  return {
    chars: [...new Set(list.flatMap((t) => t.chars))].sort(),
    phrases: [...new Set(list.flatMap((t) => t.phrases))].sort(),
  };
}

/** The s2t groups, keeping only the phrases and characters that occur in `text`. */
export function s2tDictionary(text: string | TextTraits): DictGroups {
  const traits = typeof text === 'string' ? textTraits(text) : text;
  const [chars, present] = [new Set(traits.chars), new Set(traits.phrases)];
  return [
    [serialize(phrases.filter(([k]) => present.has(k))), serialize(entries(STCharacters).filter(([k]) => chars.has(k)))],
    [TWVariantsPhrases, TWVariants],
  ];
}
