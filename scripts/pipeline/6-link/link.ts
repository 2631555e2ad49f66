/**
 * Stage 6, link: parsed documents → validated records. Each document gets its slug and block
 * anchors; its citations are resolved (by 文号 or 《title》) to documents of the corpus or kept as
 * external; the facts it states about itself (施行, 有效期, 废止) and the units it names are
 * recorded; annex rows and plan measures become items with canonical units.
 */
import { anchorBlocks, type AnchoredBlock } from './anchors.ts';
import { citationResolver, documentCitations, type CitableDocuments } from './citations.ts';
import { documentFacts } from './facts.ts';
import { amendments } from './amends.ts';
import { documentItems } from './items.ts';
import { documentLines, documentRecord } from './record.ts';
import { interpretationsOf } from './interpretations.ts';
import { namedUnits, reportUnknownUnits } from './units.ts';
import { reportCountyDepartments } from './county-departments.ts';
import { printedPlaces } from './printed.ts';
import { blockText } from '../blocks.ts';
import { IngestError, located, type Location, type MessageLog } from '../../lib/messages.ts';
import type { PrefixRegistry } from '../../../model/prefixes.ts';
import { parseDocNumber } from '../../../model/wenhao.ts';
import { GAZETTE } from '../../../model/gazette.ts';
import type { ParsedDocument } from '../5-parse/document.ts';
import type { DocumentRecord, Issue, ItemRecord } from '../../../model/schema.ts';
import type { UnitRegistry } from '../../../model/units.ts';

export interface LinkedDocument {
  record: DocumentRecord;
  parsed: ParsedDocument;
  blocks: AnchoredBlock[];
}

const at = (d: ParsedDocument): Location => ({ file: d.source.file, line: d.source.numberLine.no });

export function linkDocuments(
  issue: Issue,
  parsed: ParsedDocument[],
  registry: UnitRegistry,
  log: MessageLog,
  prefixes: PrefixRegistry,
  earlier: CitableDocuments,
): { documents: LinkedDocument[]; items: ItemRecord[] } {
  const numbered = parsed.filter((d) => d.interprets === undefined); // a 政策解读 has no 文号
  refuseDuplicateNumbers(numbered);
  // Slugs are handed out in document order before any citation asks for one.
  const slugByNumber = new Map(
    numbered.map((d) => [d.number, located(at(d), 'document-slug', () => prefixes.slug(parseDocNumber(d.number)!))]),
  );
  const interpretations = interpretationsOf(issue, parsed, (d) => slugByNumber.get(d.number)!, earlier);
  const slugOf = (d: ParsedDocument) => interpretations.get(d)?.slug ?? slugByNumber.get(d.number)!;
  const resolverFor = citationResolver(numbered, slugOf, earlier);

  const documents: LinkedDocument[] = [];
  const items: ItemRecord[] = [];
  const countyDepartments = new Set<string>(); // reported once per issue
  const printed = printedPlaces(parsed.map((d) => ({ issuer: d.issuer, lines: documentLines(d) }))); // pages and 目录 sections
  parsed.forEach((doc, index) =>
    located(at(doc), 'link', () => {
      const blocks = anchorBlocks(doc.parts, doc.source.file); // anchors
      const text = blocks.map((b) => blockText(b.block)).join('\n');
      const resolve = resolverFor(doc);
      const interpretation = interpretations.get(doc);
      if (interpretation && !interpretation.target) reportUninterpreted(doc, log);
      const record = documentRecord(
        issue,
        interpretation ? { ...doc, issuer: interpretation.base.issuer, date: interpretation.base.date } : doc, // a 政策解读 prints neither
        {
          ...(interpretation ? { interpreted: { target: interpretation.target, number: interpretation.number } } : {}),
          slug: slugOf(doc),
          order: index + 1,
          blocks,
          citations: documentCitations(blocks, text, resolve), // citations, short forms included
          facts: { ...documentFacts(blocks, text, doc.date, resolve), ...amendments(doc.title, text, resolve) }, // 施行日期, 有效期, 废止, 修改
          units: namedUnits(text, registry), // registry units and counties named
          unknownUnits: reportUnknownUnits(doc, blocks, registry, GAZETTE.city, log), // names the registry does not know
          printed: printed[index]!, // printed pages, 目录 section
        },
        at(doc),
      );
      reportCountyDepartments(doc, blocks, registry, log, countyDepartments);
      documents.push({ record, parsed: doc, blocks });
      items.push(...documentItems({ issue, record, doc, blocks, registry })); // reform rows and plan measures
    }),
  );
  return { documents, items };
}

/** Two documents of one issue with the same 文号 cannot both have its URL. */
function refuseDuplicateNumbers(parsed: ParsedDocument[]): void {
  const dup = parsed.find((d, i) => parsed.findIndex((e) => e.number === d.number) !== i);
  if (dup) throw new IngestError(at(dup), 'duplicate-number', `文号 ${dup.number} appears twice`);
}

function reportUninterpreted(doc: ParsedDocument, log: MessageLog): void {
  log.warn(
    at(doc),
    'interpretation',
    `政策解读 “${doc.title}”: the document it interprets, 《${doc.interprets}》, is in no issue of the corpus; its issuer and date are taken from the document printed before it`,
  );
}
