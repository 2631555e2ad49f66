/**
 * 政策解读: a document without 文号, printed after the one it explains. It is named after that
 * document (its slug and -jd), found by the 《title》 its own title names, in its issue or an
 * earlier one; it takes that document's issuer and date, which it does not print. When that
 * document is in no issue of the corpus, the 解读 is named by its issue and place (<issue>-jd<order>)
 * and takes the issuer and date of the document printed before it (printed alone: no issuer, and
 * the first date its text prints).
 */
import type { CitableDocuments } from './citations.ts';
import type { ParsedDocument } from '../5-parse/document.ts';
import type { Issue } from '../../../model/schema.ts';
import { CANONICAL_DOC_NUMBER, normalizeDocNumber } from '../../../model/wenhao.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface Interpretation {
  slug: string;
  /** Slug of the document it interprets, when the corpus holds it. */
  target?: string;
  /** 文号 of the document it interprets: that document's, or the one its text prints after the 《title》. */
  number?: string;
  /** The issuer and date it takes: the interpreted document's, else the one printed before it. */
  base: Pick<ParsedDocument, 'issuer' | 'date'>;
}

/** A date printed anywhere in a text (2023年6月1日), ISO: the last resort of a 政策解读 printed alone. */
function dateIn(text: string): string {
  const m = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(text);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : '';
}

export function interpretationsOf(
  issue: Issue,
  parsed: ParsedDocument[],
  slugOf: (numbered: ParsedDocument) => string,
  earlier: CitableDocuments,
): Map<ParsedDocument, Interpretation> {
  const byTitle = new Map(
    parsed
      .filter((d) => d.interprets === undefined)
      .flatMap((d) => [[d.title, d] as const, ...(d.planTitle ? [[d.planTitle, d] as const] : [])]),
  );
  const found = new Map<ParsedDocument, Interpretation>();
  parsed.forEach((doc, index) => {
    if (doc.interprets === undefined) return;
    const inIssue = byTitle.get(doc.interprets);
    const target = inIssue ? slugOf(inIssue) : earlier.find({ title: doc.interprets });
    const text = doc.source.bodyLines.map((l) => l.text.replace(/\s+/g, '')).join('');
    const cited = new RegExp(`《${escape(doc.interprets)}》（(${CANONICAL_DOC_NUMBER.source})）`, 'u').exec(text)?.[1];
    const number = inIssue?.number ?? (cited ? normalizeDocNumber(cited) : undefined);
    const printedBefore =
      parsed.slice(0, index).findLast((d) => d.interprets === undefined) ?? parsed.find((d) => d.interprets === undefined);
    found.set(doc, {
      slug: target ? `${target}-jd` : `${issue.id}-jd${index + 1}`,
      ...(target ? { target } : {}),
      ...(number ? { number } : {}),
      base: inIssue ?? printedBefore ?? { issuer: '', date: dateIn(text) },
    });
  });
  return found;
}
