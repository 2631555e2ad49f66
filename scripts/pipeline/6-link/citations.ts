/**
 * Citations: 《title》, 《title》（文号） and bare （文号） in a document's text, short forms the text
 * defines (以下简称《规划》), and the document each one names — in the same issue or an earlier one.
 */
import { blockText } from '../blocks.ts';
import { CANONICAL_DOC_NUMBER, normalizeDocNumber } from '../../../model/wenhao.ts';
import type { Citation, DocumentRecord } from '../../../model/schema.ts';
import type { ParsedDocument } from '../5-parse/document.ts';
import type { AnchoredBlock } from './anchors.ts';

/** What a citation names: a title, a 文号 or both. */
export interface Cited {
  title?: string;
  number?: string;
}

const NUMBER = CANONICAL_DOC_NUMBER.source;
const CITATION = new RegExp(`《([^《》]+)》(?:\uff08(${NUMBER})\uff09)?|\uff08(${NUMBER})\uff09`, 'gu');

/** Citations in a text: 《title》, 《title》(文号) and bare (文号). */
export function findCitations(text: string): Cited[] {
  return [...text.matchAll(CITATION)].map((m) => {
    const numberText = m[2] ?? m[3];
    const number = numberText ? normalizeDocNumber(numberText) : undefined;
    return { ...(m[1] ? { title: m[1] } : {}), ...(number ? { number } : {}) };
  });
}

const SHORT_FORM = /《([^《》]+)》（以下简称《([^《》]+)》）/g;

/**
 * Short forms a text defines for a title it cites: 《临汾市高标准农田建设规划（…）》（以下简称《规划》）.
 * A later 《规划》 is that document again, not another one.
 */
export function shortForms(text: string): Map<string, string> {
  return new Map([...text.matchAll(SHORT_FORM)].map((m) => [m[2]!, m[1]!]));
}

/**
 * The documents of the issues linked so far, by 文号 and by title (a notice also by the title of
 * the plan it issues), so that a later issue's citations and repeals reach them.
 */
export class CitableDocuments {
  private readonly byNumber = new Map<string, string>();
  private readonly byTitle = new Map<string, string>();

  add(record: DocumentRecord): void {
    if (record.number) this.byNumber.set(record.number, record.slug);
    for (const title of [record.title, record.issues]) if (title) this.byTitle.set(title, record.slug);
  }

  /** Slug of the document a citation names, if an earlier issue printed it. */
  find(c: Cited): string | undefined {
    return (c.number && this.byNumber.get(c.number)) || (c.title && this.byTitle.get(c.title)) || undefined;
  }
}

/** Gives a citation its `target`: the slug of the document it names, when the corpus holds it. */
export type Resolve = <C extends Cited>(c: C) => C & { target?: string };

/**
 * The resolver for citations printed in `citing`: a document of its own issue by 文号 or title
 * (never itself), else one of an earlier issue.
 */
export function citationResolver(
  issue: ParsedDocument[],
  slugOf: (d: ParsedDocument) => string,
  earlier: CitableDocuments,
): (citing: ParsedDocument) => Resolve {
  const byNumber = new Map(issue.map((d) => [d.number, d]));
  const byTitle = new Map(issue.flatMap((d) => [[d.title, d] as const, ...(d.planTitle ? [[d.planTitle, d] as const] : [])]));
  return (citing) => (c) => {
    const inIssue = (c.number && byNumber.get(c.number)) || (c.title && byTitle.get(c.title)) || undefined;
    const target = inIssue ? (inIssue !== citing ? slugOf(inIssue) : undefined) : earlier.find(c);
    return { ...c, ...(target ? { target } : {}) };
  };
}

/** Every citation of a document, block by block, a short form carrying the full title it stands for. */
export function documentCitations(blocks: AnchoredBlock[], text: string, resolve: Resolve): Citation[] {
  const short = shortForms(text);
  return uniqueCitations(
    blocks.flatMap(({ block, anchor }) =>
      findCitations(blockText(block)).map((found) => {
        const full = found.title && short.get(found.title);
        return { ...resolve(full ? { title: full, shortForm: found.title } : found), anchor };
      }),
    ),
  );
}

/** One citation per document cited in a block: a short form's definition names it once. */
function uniqueCitations(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.anchor}|${c.number ?? ''}|${c.title ?? ''}`;
    return !seen.has(key) && !!seen.add(key);
  });
}
