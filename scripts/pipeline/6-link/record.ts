/**
 * The document record: what parse read, with what link found (citations, facts, units), in the
 * shape of model/schema.ts and validated against it.
 */
import type { z } from 'zod';
import { IngestError, type Location } from '../../lib/messages.ts';
import { documentSchema, schemaProblems, type Citation, type DocumentRecord, type Issue } from '../../../model/schema.ts';
import type { ParsedDocument } from '../5-parse/document.ts';
import { bodyBlocks, type AnchoredBlock } from './anchors.ts';
import type { PrintedPlace } from './printed.ts';

/** Validates a record against its schema; a failure is located at `at`, field by field. */
export function validated<T>(schema: z.ZodType<T>, value: unknown, at: Location, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new IngestError(at, 'schema', `${what} does not fit its schema: ${schemaProblems(result.error)}`);
}

/** What the link stage found in a document, beside what parse read. */
export interface Linked {
  slug: string;
  /** Printed order in its issue, from 1. */
  order: number;
  blocks: AnchoredBlock[];
  citations: Citation[];
  facts: Pick<DocumentRecord, 'effective' | 'validUntil' | 'repeals' | 'amends'>;
  units: { units: string[]; counties: string[] };
  unknownUnits: string[];
  /** For a 政策解读: the slug and 文号 of the document it interprets, when known. */
  interpreted?: { target?: string; number?: string };
  printed: PrintedPlace;
}

/** A document's source lines from its first header line to its last. */
export function documentLines(doc: ParsedDocument) {
  return [doc.source.issuerLines[0] ?? doc.source.titleLines[0] ?? doc.source.numberLine, ...doc.source.bodyLines];
}

/** The validated record of a parsed document. */
export function documentRecord(issue: Issue, doc: ParsedDocument, linked: Linked, at: Location): DocumentRecord {
  const { blocks } = linked;
  const annexAnchors = blocks.filter((b) => b.part.kind === 'annex' && b.anchor === `annex${b.part.annex}`);
  const lines = documentLines(doc);
  return validated(
    documentSchema,
    {
      slug: linked.slug,
      ...(doc.number ? { number: doc.number } : {}), // a 政策解读 has none
      ...(doc.interprets !== undefined
        ? {
            interprets: {
              title: doc.interprets,
              ...(linked.interpreted?.number ? { number: linked.interpreted.number } : {}),
              ...(linked.interpreted?.target ? { target: linked.interpreted.target } : {}),
            },
          }
        : {}),
      issuer: doc.issuer,
      ...(doc.issuers ? { issuers: doc.issuers } : {}),
      title: doc.title,
      date: doc.date,
      type: doc.type,
      addressees: doc.addressees,
      ...(doc.disclosure ? { disclosure: doc.disclosure } : {}),
      ...(doc.notes.length ? { notes: doc.notes } : {}),
      ...(doc.signer ? { signer: doc.signer } : {}),
      ...(doc.signatory ? { signatory: doc.signatory } : {}),
      ...linked.facts,
      ...(doc.copiedTo ? { copiedTo: doc.copiedTo } : {}),
      ...(doc.printed ? { printed: doc.printed } : {}),
      ...(linked.unknownUnits.length ? { unknownUnits: linked.unknownUnits } : {}),
      attachments: doc.attachments.map((a, i) => ({ ...a, ...(annexAnchors[i] ? { anchor: annexAnchors[i]!.anchor } : {}) })),
      ...linked.units,
      issue: issue.id,
      order: linked.order,
      lines: [lines[0]!.no, lines[lines.length - 1]!.no],
      ...linked.printed,
      ...(doc.planTitle ? { issues: doc.planTitle } : {}),
      citations: linked.citations,
      blocks: bodyBlocks(blocks),
      ...(doc.review.length ? { review: doc.review } : {}),
    },
    at,
    `document ${doc.number || doc.title}`,
  );
}
