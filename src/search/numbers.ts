/**
 * The search page's 文号 jump, shared by the build (/search/numbers.json) and the browser: every
 * document's canonical 文号 and, for an order, the short form people give it (市政府令第8号, see
 * shortDocNumber in model/wenhao.ts) when no other document shares that form, each to its page.
 */
import { normalizeDocNumber, shortDocNumber } from '../../model/wenhao.ts';

/** 文号 (canonical or short) → URL of its document. */
export type NumberIndex = Record<string, string>;

export function numberIndex(docs: { number: string; url: string }[]): NumberIndex {
  const index: NumberIndex = Object.fromEntries(docs.map((d) => [d.number, d.url]));
  for (const [short, same] of Map.groupBy(docs, (d) => shortDocNumber(d.number)!))
    if (same.length === 1 && !Object.hasOwn(index, short)) index[short] = same[0]!.url;
  return index;
}

/** The page of the document a 文号 typed in any variant names, if the corpus holds it. */
export function numberUrl(index: NumberIndex, typed: string): string | undefined {
  const number = normalizeDocNumber(typed);
  if (!number) return undefined;
  const short = shortDocNumber(number)!;
  return Object.hasOwn(index, number) ? index[number] : Object.hasOwn(index, short) ? index[short] : undefined;
}
