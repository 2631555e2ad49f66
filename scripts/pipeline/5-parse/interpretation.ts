/**
 * A 政策解读: no 文号, 主送 or 落款 — its title (《…》政策解读) and its text, read as prose. Its
 * issuer and date are not printed; the link stage takes them from the document it interprets.
 */
import { joinWrappedLines } from '../2-clean.ts';
import type { DocumentSource } from '../4-split.ts';
import type { ParsedDocument } from './document.ts';
import { segmentProse } from './prose.ts';
import { INTERPRETATION_KIND } from '../../../model/kinds.ts';

export function parseInterpretation(doc: DocumentSource & { interprets: string }): ParsedDocument {
  return {
    source: doc,
    number: '',
    issuer: '',
    title: joinWrappedLines(doc.titleLines.map((l) => l.text)),
    type: INTERPRETATION_KIND.name,
    date: '',
    addressees: [],
    notes: [],
    attachments: [],
    parts: [{ kind: 'main', blocks: segmentProse(doc.bodyLines) }],
    interprets: doc.interprets,
    review: [],
  };
}
