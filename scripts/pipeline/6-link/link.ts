/**
 * Stage 5, link: parsed documents → validated records. Resolves citations (by 文号 or by
 * 《title》) to documents of the corpus or keeps them as external citations, turns annex rows and
 * plan measures into items with canonical units, and ties items to the numbered task of the
 * plan body that shares their name.
 */
import { anchorBlocks, rowAnchor, type AnchoredBlock } from './anchors.ts';
import { blockText, type Block, type HeadingBlock, type RunInBlock } from '../blocks.ts';
import { IngestError, type MessageLog } from '../../lib/messages.ts';
import { docNumberSlug } from '../../../model/numbers.ts';
import { CANONICAL_DOC_NUMBER, normalizeDocNumber, parseDocNumber } from '../../../model/wenhao.ts';
import type { ParsedDocument } from '../5-parse/document.ts';
import { documentSchema, itemSchema, type Citation, type DocumentRecord, type Issue, type ItemRecord, type ItemRow } from '../../../model/schema.ts';
import { isCounty, type UnitRegistry } from '../../../model/units.ts';
import { itemRoles, planRowRoles, reformRowRoles, type RowRoles } from '../../../model/roles.ts';

export interface LinkedDocument {
  record: DocumentRecord;
  parsed: ParsedDocument;
  blocks: AnchoredBlock[];
}

const NUMBER = CANONICAL_DOC_NUMBER.source;
const CITATION = new RegExp(`《([^《》]+)》(?:\uff08(${NUMBER})\uff09)?|\uff08(${NUMBER})\uff09`, 'gu');

/** Citations in a text: 《title》, 《title》(文号) and bare (文号). */
export function findCitations(text: string): { title?: string; number?: string }[] {
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

export function linkDocuments(issue: Issue, parsed: ParsedDocument[], registry: UnitRegistry, log: MessageLog): { documents: LinkedDocument[]; items: ItemRecord[] } {
  const slugOf = (d: ParsedDocument) => {
    try {
      return docNumberSlug(parseDocNumber(d.number)!);
    } catch (e) {
      throw new IngestError({ file: d.source.file, line: d.source.numberLine.no }, 'document-slug', (e as Error).message);
    }
  };
  const byNumber = new Map(parsed.map((d) => [d.number, d]));
  const byTitle = new Map(parsed.flatMap((d) => [[d.title, d] as const, ...(d.planTitle ? [[d.planTitle, d] as const] : [])]));
  if (byNumber.size !== parsed.length) {
    const dup = parsed.find((d, i) => parsed.findIndex((e) => e.number === d.number) !== i)!;
    throw new IngestError({ file: dup.source.file, line: dup.source.numberLine.no }, 'duplicate-number', `文号 ${dup.number} appears twice`);
  }

  const documents: LinkedDocument[] = [];
  const items: ItemRecord[] = [];
  parsed.forEach((doc, index) => {
    const slug = slugOf(doc);
    const blocks = anchorBlocks(doc.parts);
    const text = blocks.map((b) => blockText(b.block)).join('\n');
    const mentioned = registry.mentions(text);
    const short = shortForms(text);
    const citations: Citation[] = uniqueCitations(
      blocks.flatMap(({ block, anchor }) =>
        findCitations(blockText(block)).map((found) => {
          const full = found.title && short.get(found.title);
          const c = full ? { title: full, shortForm: found.title } : found;
          const target = (c.number && byNumber.get(c.number)) || (c.title && byTitle.get(c.title)) || undefined;
          return { ...c, ...(target && target !== doc ? { target: slugOf(target) } : {}), anchor };
        }),
      ),
    );
    const annexAnchors = blocks.filter((b) => b.part.kind === 'annex' && b.anchor === `annex${b.part.annex}`);
    const lines = [doc.source.issuerLines[0] ?? doc.source.titleLines[0]!, ...doc.source.bodyLines];
    const record = documentSchema.parse({
      slug,
      number: doc.number,
      issuer: doc.issuer,
      title: doc.title,
      date: doc.date,
      type: doc.type,
      addressees: doc.addressees,
      ...(doc.disclosure ? { disclosure: doc.disclosure } : {}),
      attachments: doc.attachments.map((a, i) => ({ ...a, ...(annexAnchors[i] ? { anchor: annexAnchors[i]!.anchor } : {}) })),
      units: [...new Set(mentioned.map((u) => u.slug))],
      counties: [...new Set(mentioned.filter(isCounty).map((u) => u.slug))],
      issue: issue.id,
      order: index + 1,
      lines: [lines[0]!.no, lines[lines.length - 1]!.no],
      ...(doc.planTitle ? { issues: doc.planTitle } : {}),
      citations,
      anchors: blocks.map((b) => b.anchor),
    });
    if (doc.issuer !== (doc.source.headerIssuer ?? doc.issuer)) {
      log.report({ file: doc.source.file, line: doc.source.numberLine.no }, 'issuer-mismatch', `document ${doc.number}: header issuer ${doc.source.headerIssuer} differs from signature ${doc.issuer}`);
    }
    documents.push({ record, parsed: doc, blocks });
    items.push(...reformItems(issue, record, doc, blocks, registry, log), ...planItems(issue, record, blocks, registry));
  });
  return { documents, items };
}

/** One citation per document cited in a block: a short form's definition names it once. */
function uniqueCitations(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.anchor}|${c.number ?? ''}|${c.title ?? ''}`;
    return !seen.has(key) && !!seen.add(key);
  });
}

/** A block that opens a numbered section: a heading, or a paragraph with a run-in heading. */
function isSectionHead(block: Block): block is HeadingBlock | RunInBlock {
  return block.kind === 'heading' || block.kind === 'runin';
}

/** Title of a section: a heading's text, a run-in heading's lead. */
const sectionTitle = (block: HeadingBlock | RunInBlock) => (block.kind === 'runin' ? block.lead : block.text);

/** Numbered tasks (level-3 sections) of the plan body, by title without marker and 。. */
function planTasks(blocks: AnchoredBlock[]): Map<string, { no: number; title: string; anchor: string }> {
  const tasks = new Map<string, { no: number; title: string; anchor: string }>();
  for (const { block, anchor, part } of blocks) {
    if (part.kind !== 'plan' || !isSectionHead(block) || block.level !== 3) continue;
    const title = sectionTitle(block);
    tasks.set(title.replace(/^\d+\./, '').replace(/。$/, ''), { no: block.number, title, anchor });
  }
  return tasks;
}

function reformItems(issue: Issue, record: DocumentRecord, doc: ParsedDocument, blocks: AnchoredBlock[], registry: UnitRegistry, log: MessageLog): ItemRecord[] {
  const table = doc.reformTable;
  if (!table) return [];
  const where = { file: doc.source.file, line: table.table.lines[0]!.no };
  if (table.declared !== undefined && table.declared !== table.items.length) {
    log.report(where, 'declared-count', `${table.list} declares ${table.declared} items but ${table.items.length} were read`);
  }
  const tableAnchor = blocks.find((b) => b.block === table.table)!.anchor;
  const tasks = planTasks(blocks);
  let firstRow = 0; // the table holds each item's sub-rows in turn (5-parse/document.ts)
  return table.items.map((item) => {
    const tableRow = { table: tableAnchor, index: firstRow };
    if (table.table.rows[firstRow]?.[0] !== item.label) throw new IngestError(where, 'table-row', `item ${item.label} is not at row ${firstRow} of its table`);
    firstRow += item.rows.length;
    const rows = item.rows.map((r) => ({ measures: r.measures, ...unitRow(reformRowRoles(r.units), registry) }));
    const task = tasks.get(item.name);
    return itemSchema.parse({
      slug: `${record.slug}-${String(item.no).padStart(3, '0')}`,
      document: record.number,
      documentSlug: record.slug,
      list: table.list,
      no: item.no,
      national: item.national,
      name: item.name,
      rows,
      ...itemRoles(rows),
      ...(task ? { task } : {}),
      anchor: rowAnchor(tableAnchor, item.no),
      tableRow,
      issue: issue.id,
    });
  });
}

/** A sub-row's printed units with their slugs and roles. */
function unitRow(row: RowRoles, registry: UnitRegistry): Omit<ItemRow, 'measures'> {
  return { units: row.units, slugs: row.units.map((name) => registry.lookup(name)!.slug), roles: row.roles };
}

/** 推进举措 of a plan: level-2 sections whose last paragraph is a responsibility clause. */
function planItems(issue: Issue, record: DocumentRecord, blocks: AnchoredBlock[], registry: UnitRegistry): ItemRecord[] {
  const items: ItemRecord[] = [];
  let list = '';
  for (let i = 0; i < blocks.length; i += 1) {
    const { block, anchor, part } = blocks[i]!;
    if (part.kind !== 'plan' || !isSectionHead(block)) continue;
    if (block.level === 1) list = sectionTitle(block).replace(/^[一二三四五六七八九十]+、/, '');
    if (block.level !== 2) continue;
    const body: string[] = block.kind === 'runin' ? [block.text.slice(block.lead.length)] : [];
    let j = i + 1;
    while (j < blocks.length && blocks[j]!.block.kind === 'paragraph' && blocks[j]!.part === part) body.push(blockText(blocks[j++]!.block));
    const clause = body[body.length - 1];
    const roles = clause ? planRowRoles(clause, registry) : undefined;
    if (!roles || body.length < 2) continue;
    const rows = [{ measures: body.slice(0, -1).join(''), ...unitRow(roles, registry) }];
    items.push(
      itemSchema.parse({
        slug: `${record.slug}-${String(block.number).padStart(2, '0')}`,
        document: record.number,
        documentSlug: record.slug,
        list,
        no: block.number,
        national: false,
        name: sectionTitle(block).replace(/^\uff08[一二三四五六七八九十]+\uff09/, ''),
        rows,
        responsibility: clause,
        ...itemRoles(rows),
        anchor,
        issue: issue.id,
      }),
    );
  }
  return items;
}
