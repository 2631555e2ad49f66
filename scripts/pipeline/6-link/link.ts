/**
 * Stage 5, link: parsed documents → validated records. Resolves citations (by 文号 or by
 * 《title》) to documents of the corpus or keeps them as external citations, turns annex rows and
 * plan measures into items with canonical units, and ties items to the numbered task of the
 * plan body that shares their name.
 */
import { anchorBlocks, rowAnchor, type AnchoredBlock } from './anchors.ts';
import { effectiveDate, repealSentences, validUntil } from './facts.ts';
import { amendedDocuments } from './amends.ts';
import { blockText, listEntryTexts, type Block, type HeadingBlock, type RunInBlock } from '../blocks.ts';
import { IngestError, located, type Location, type MessageLog } from '../../lib/messages.ts';
import { lineAt, stripSpace } from '../../lib/locate.ts';
import type { DocumentSlugs } from '../../../model/numbers.ts';
import { CANONICAL_DOC_NUMBER, normalizeDocNumber, parseDocNumber } from '../../../model/wenhao.ts';
import type { ParsedDocument } from '../5-parse/document.ts';
import {
  documentSchema,
  itemSchema,
  type Citation,
  type DocumentRecord,
  type Issue,
  type ItemRecord,
  type ItemRow,
} from '../../../model/schema.ts';
import { isCounty, type UnitRegistry } from '../../../model/units.ts';
import { itemRoles, planRowRoles, reformRowRoles, type RowRoles } from '../../../model/roles.ts';
import type { z } from 'zod';

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

/** Validates a record against its schema; a failure is located at `at`, field by field. */
function validated<T>(schema: z.ZodType<T>, value: unknown, at: Location, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');
  throw new IngestError(at, 'schema', `${what} does not fit its schema: ${problems}`);
}

/**
 * Unit names the registry does not know, each with the line where it is first printed. Each list
 * item and table cell is read on its own (names stand side by side there); a block without lines of
 * its own (the body of a run-in heading) is found in the lines of the block before it.
 */
function unknownUnits(blocks: AnchoredBlock[], registry: UnitRegistry, city: string, organs: string[]): { name: string; line?: number }[] {
  const found = new Map<string, number | undefined>();
  let previous: AnchoredBlock['block']['lines'] = [];
  for (const { block } of blocks) {
    const lines = block.lines.length ? block.lines : previous;
    const texts =
      block.kind === 'list'
        ? listEntryTexts(block.items)
        : block.kind === 'table'
          ? [block.header, ...block.rows].flat()
          : [blockText(block)];
    for (const { name } of texts.flatMap((text) => registry.unknownNames(text, city))) {
      // The organs that sign and print the document (临汾市人民政府办公室; a 联合发文's names run together) are not units it names.
      if (found.has(name) || organs.some((o) => o.endsWith(name)) || organs.join('').includes(name)) continue;
      const at = stripSpace(lines.map((l) => l.text).join('')).indexOf(name);
      found.set(name, (at === -1 ? lines[0] : lineAt(lines, at))?.no);
    }
    previous = lines;
  }
  return [...found].map(([name, line]) => ({ name, line }));
}

/**
 * The documents of the issues linked so far, by 文号 and by title (a notice also by the title of
 * the plan it issues), so that a later issue's citations and repeals reach them.
 */
export class CitableDocuments {
  private readonly byNumber = new Map<string, string>();
  private readonly byTitle = new Map<string, string>();

  add(record: DocumentRecord): void {
    this.byNumber.set(record.number, record.slug);
    for (const title of [record.title, record.issues]) if (title) this.byTitle.set(title, record.slug);
  }

  /** Slug of the document a citation names, if an earlier issue printed it. */
  find(c: { title?: string; number?: string }): string | undefined {
    return (c.number && this.byNumber.get(c.number)) || (c.title && this.byTitle.get(c.title)) || undefined;
  }
}

export function linkDocuments(
  issue: Issue,
  parsed: ParsedDocument[],
  registry: UnitRegistry,
  log: MessageLog,
  slugs: DocumentSlugs,
  earlier: CitableDocuments,
): { documents: LinkedDocument[]; items: ItemRecord[] } {
  const at = (d: ParsedDocument): Location => ({ file: d.source.file, line: d.source.numberLine.no });
  const byNumber = new Map(parsed.map((d) => [d.number, d]));
  const byTitle = new Map(parsed.flatMap((d) => [[d.title, d] as const, ...(d.planTitle ? [[d.planTitle, d] as const] : [])]));
  if (byNumber.size !== parsed.length) {
    const dup = parsed.find((d, i) => parsed.findIndex((e) => e.number === d.number) !== i)!;
    throw new IngestError(at(dup), 'duplicate-number', `文号 ${dup.number} appears twice`);
  }
  // Slugs are handed out in document order before any citation asks for one.
  const slugByNumber = new Map(parsed.map((d) => [d.number, located(at(d), 'document-slug', () => slugs.slug(parseDocNumber(d.number)!))]));
  const slugOf = (d: ParsedDocument) => slugByNumber.get(d.number)!;
  const city = /^(.+?)市/.exec(issue.gazette)?.[1] ?? '';

  const documents: LinkedDocument[] = [];
  const items: ItemRecord[] = [];
  parsed.forEach((doc, index) =>
    located(at(doc), 'link', () => {
      const slug = slugOf(doc);
      const blocks = anchorBlocks(doc.parts, doc.source.file);
      const text = blocks.map((b) => blockText(b.block)).join('\n');
      const mentioned = registry.mentions(text);
      const resolve = <C extends { title?: string; number?: string }>(c: C) => {
        const inIssue = (c.number && byNumber.get(c.number)) || (c.title && byTitle.get(c.title)) || undefined;
        const target = inIssue ? (inIssue !== doc ? slugOf(inIssue) : undefined) : earlier.find(c);
        return { ...c, ...(target ? { target } : {}) };
      };
      const short = shortForms(text);
      const citations: Citation[] = uniqueCitations(
        blocks.flatMap(({ block, anchor }) =>
          findCitations(blockText(block)).map((found) => {
            const full = found.title && short.get(found.title);
            return { ...resolve(full ? { title: full, shortForm: found.title } : found), anchor };
          }),
        ),
      );
      const unknown = unknownUnits(blocks, registry, city, [...(doc.issuers ?? [doc.issuer]), ...(doc.printed ? [doc.printed.by] : [])]);
      for (const { name, line } of unknown) {
        log.warn(
          { file: doc.source.file, line: line ?? doc.source.numberLine.no },
          'unknown-unit',
          `document ${doc.number} names “${name}”, a unit the registry (content/source/units.yaml) does not know; kept as printed (add it, or an alias, to link it)`,
        );
      }
      const effective = effectiveDate(text, doc.date);
      const until = validUntil(text, effective);
      const repeals = repealSentences(text).flatMap(findCitations).map(resolve);
      const amends = amendedDocuments(doc.title, text).map(resolve);
      const annexAnchors = blocks.filter((b) => b.part.kind === 'annex' && b.anchor === `annex${b.part.annex}`);
      const lines = [doc.source.issuerLines[0] ?? doc.source.titleLines[0] ?? doc.source.numberLine, ...doc.source.bodyLines];
      const record = validated(
        documentSchema,
        {
          slug,
          number: doc.number,
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
          ...(effective ? { effective } : {}),
          ...(until ? { validUntil: until } : {}),
          ...(repeals.length ? { repeals } : {}),
          ...(amends.length ? { amends } : {}),
          ...(doc.copiedTo ? { copiedTo: doc.copiedTo } : {}),
          ...(doc.printed ? { printed: doc.printed } : {}),
          ...(unknown.length ? { unknownUnits: unknown.map((u) => u.name) } : {}),
          attachments: doc.attachments.map((a, i) => ({ ...a, ...(annexAnchors[i] ? { anchor: annexAnchors[i]!.anchor } : {}) })),
          units: [...new Set(mentioned.map((u) => u.slug))],
          counties: [...new Set(mentioned.filter(isCounty).map((u) => u.slug))],
          issue: issue.id,
          order: index + 1,
          lines: [lines[0]!.no, lines[lines.length - 1]!.no],
          ...(doc.planTitle ? { issues: doc.planTitle } : {}),
          citations,
          anchors: blocks.map((b) => b.anchor),
          ...(doc.review.length ? { review: doc.review } : {}),
        },
        at(doc),
        `document ${doc.number}`,
      );
      documents.push({ record, parsed: doc, blocks });
      items.push(...reformItems(issue, record, doc, blocks, registry, log), ...planItems(issue, record, doc, blocks, registry));
    }),
  );
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

function reformItems(
  issue: Issue,
  record: DocumentRecord,
  doc: ParsedDocument,
  blocks: AnchoredBlock[],
  registry: UnitRegistry,
  log: MessageLog,
): ItemRecord[] {
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
    if (table.table.rows[firstRow]?.[0] !== item.label)
      throw new IngestError(where, 'table-row', `item ${item.label} is not at row ${firstRow} of its table`);
    firstRow += item.rows.length;
    const rows = item.rows.map((r) => ({ measures: r.measures, ...unitRow(reformRowRoles(r.units), registry) }));
    const task = tasks.get(item.name);
    const rowAt = { file: doc.source.file, line: item.lines[0]!.no };
    return validated(
      itemSchema,
      {
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
      },
      rowAt,
      `reform item ${item.no}`,
    );
  });
}

/** A sub-row's printed units with their slugs and roles. */
function unitRow(row: RowRoles, registry: UnitRegistry): Omit<ItemRow, 'measures'> {
  return { units: row.units, slugs: row.units.map((name) => registry.lookup(name)!.slug), roles: row.roles };
}

/** 推进举措 of a plan: level-2 sections whose last paragraph is a responsibility clause. */
function planItems(
  issue: Issue,
  record: DocumentRecord,
  doc: ParsedDocument,
  blocks: AnchoredBlock[],
  registry: UnitRegistry,
): ItemRecord[] {
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
      validated(
        itemSchema,
        {
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
        },
        { file: doc.source.file, line: block.lines[0]?.no ?? doc.source.numberLine.no },
        `plan measure ${block.number}`,
      ),
    );
  }
  return items;
}
