/**
 * 政策解读: a document without 文号, printed after the one it explains. It is named after that
 * document (its slug and -jd), found by the 《title》 its own title names, in its issue or an
 * earlier one; it takes that document's issuer and date, which it does not print. When that
 * document is in no issue of the corpus, the 解读 is named by its issue and place (<issue>-jd<order>)
 * and takes the issuer and date of the document printed before it.
 */
import type { CitableDocuments } from './citations.ts';
import type { ParsedDocument } from '../5-parse/document.ts';
import type { Issue } from '../../../model/schema.ts';

export interface Interpretation {
  slug: string;
  /** Slug of the document it interprets, when the corpus holds it. */
  target?: string;
  /** The document whose issuer and date it takes. */
  base: ParsedDocument;
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
    const printedBefore =
      parsed.slice(0, index).findLast((d) => d.interprets === undefined) ?? parsed.find((d) => d.interprets === undefined)!;
    found.set(doc, {
      slug: target ? `${target}-jd` : `${issue.id}-jd${index + 1}`,
      ...(target ? { target } : {}),
      base: inIssue ?? printedBefore,
    });
  });
  return found;
}
