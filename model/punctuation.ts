/**
 * Full-width and ASCII forms of the gazette's punctuation, both directions, written once.
 *
 * The PDF extraction turned the gazette's full-width ，；：（）？！ into ASCII. The pipeline restores
 * them (the `fullwidth-punctuation` normalization of scripts/pipeline/2-clean.ts), the search folds
 * what people type the same way, and the tests compare with reference files that keep the ASCII.
 */

const FULLWIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '?': '？', '!': '！' };
const ASCII: Record<string, string> = Object.fromEntries(Object.entries(FULLWIDTH).map(([ascii, full]) => [full, ascii]));

/** A comma or colon between two digits is part of a number or a time (1,000, 8:30), not punctuation. */
function inNumber(ch: string, before: string | undefined, after: string | undefined): boolean {
  return (ch === ',' || ch === ':') && /\d/.test(before ?? '') && /\d/.test(after ?? '');
}

/** ASCII ,;:()?! → full-width, except a comma or colon between two digits. */
export function toFullwidthPunctuation(text: string): string {
  return text.replace(/[,;:()?!]/g, (ch, at: number) => (inNumber(ch, text[at - 1], text[at + 1]) ? ch : FULLWIDTH[ch]!));
}

/** Full-width ，；：（）？！ → ASCII: the inverse, for text kept as the extraction gave it. */
export function toAsciiPunctuation(text: string): string {
  return text.replace(/[，；：（）？！]/g, (ch) => ASCII[ch]!);
}

/**
 * A title reduced to its words, for comparing two printings of one title: a title cited inside
 * another nests its brackets as 〈〉 in 《》 (《…关于修改〈临汾市…办法〉的决定》), printed on its own
 * it uses 《》, and punctuation and spacing vary with the extraction. Brackets, quotes,
 * punctuation (full width or ASCII) and whitespace are dropped.
 */
export function titleWords(title: string): string {
  return title.replace(/[\s《》〈〉「」『』“”‘’"'，、；：。！？,;:.!?（）()]/g, '');
}
