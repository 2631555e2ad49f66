/**
 * Ingests an extracted text as a minimal issue of its own, stage by stage as scripts/ingest.ts does
 * (clean → layout → split → parse → link, then emit and the conservation check), and returns what a
 * reader of the result gets: each document's record and blocks, or the located error that refused it.
 */
import { join } from 'node:path';
import { cleanSource } from '../../scripts/pipeline/2-clean.ts';
import { readLayout } from '../../scripts/pipeline/3-layout.ts';
import { splitDocuments } from '../../scripts/pipeline/4-split.ts';
import { parseDocument } from '../../scripts/pipeline/5-parse/document.ts';
import { CitableDocuments, linkDocuments, type LinkedDocument } from '../../scripts/pipeline/6-link/link.ts';
import { documentMarkdown } from '../../scripts/pipeline/7-emit/markdown.ts';
import { checkConservation } from '../../scripts/pipeline/7-emit/conserve.ts';
import { MessageLog } from '../../scripts/lib/messages.ts';
import { DocumentSlugs } from '../../model/numbers.ts';
import { UnitRegistry } from '../../model/units.ts';
import type { Issue } from '../../model/schema.ts';

const registry = UnitRegistry.load(join(import.meta.dirname, '../../content/source/units.yaml'));

/** The minimal issue a laid-out text is ingested as. */
export const MINIMAL_ISSUE: Issue = {
  id: '2023-09',
  gazette: '临汾市人民政府公报',
  year: 2023,
  number: 9,
  title: '临汾市人民政府公报 2023年第9期',
  source: '2023-09.txt',
};

export interface IngestedText {
  /** The documents read, in printed order (empty when the text was refused). */
  documents: LinkedDocument[];
  /** Errors (a refusal, a failed conservation check) and warnings, as `file:line: message [rule]`. */
  errors: string[];
  warnings: string[];
}

/** Ingests `text` as the source of `MINIMAL_ISSUE`. */
export function ingestText(text: string, issue: Issue = MINIMAL_ISSUE): IngestedText {
  const log = new MessageLog();
  const file = `content/source/${issue.source}`;
  try {
    const lines = readLayout(cleanSource(text, { gazette: issue.gazette }).lines);
    const parsed = splitDocuments(file, lines).map((doc) => parseDocument(doc, registry, log));
    const { documents } = linkDocuments(issue, parsed, registry, log, new DocumentSlugs(), new CitableDocuments());
    const markdown = new Map(documents.map((d) => [d.record.slug, documentMarkdown(d.record, d.blocks)]));
    checkConservation(file, lines, documents, markdown, log);
    return { documents, errors: messageLines(log.format(log.errors)), warnings: messageLines(log.format(log.warnings)) };
  } catch (error) {
    return { documents: [], errors: [String(error)], warnings: messageLines(log.format(log.warnings)) };
  }
}

/** The non-empty lines of a formatted message list. */
function messageLines(formatted: string): string[] {
  return formatted.split('\n').filter((l) => l.trim() !== '');
}
