/**
 * Stage 5, link: parsed documents → validated records. Resolves citations (by 文号 or by
 * 《title》) to documents of the corpus or keeps them as external citations, turns annex rows and
 * plan measures into items with canonical units, and ties items to the numbered task of the
 * plan body that shares their name.
 */
import { anchorBlocks, rowAnchor, type AnchoredBlock } from './anchors.ts';
import { effectiveDate, repealSentences, validUntil } from './facts.ts';
import { blockText } from '../blocks.ts';
import { IngestError, located, type Location, type MessageLog } from '../../lib/messages.ts';
import { lineAt, stripSpace } from '../../lib/locate.ts';
import { formatDocNumber, parseDocNumber, type DocumentSlugs } from '../../../model/numbers.ts';
import type { ParsedDocument } from '../5-parse/document.ts';
import { documentSchema, itemSchema, type Citation, type DocumentRecord, type Issue, type ItemRecord } from '../../../model/schema.ts';
import type { UnitRegistry } from '../../../model/units.ts';
import type { z } from 'zod';

export interface LinkedDocument {
  record: DocumentRecord;
  parsed: ParsedDocument;
  blocks: AnchoredBlock[];
}

const CITATION = /《([^《》]+)》(?:\uff08([^\uff08\uff09]*(?:〔\d{4}〕\d+|令第\d+)号)\uff09)?|\uff08([\p{Script=Han}]{2,8}〔\d{4}〕\d+号)\uff09/gu;

/** Citations in a text: 《title》, 《title》(文号) and bare (文号). */
export function findCitations(text: string): { title?: string; number?: string }[] {
  return [...text.matchAll(CITATION)].map((m) => {
    const numberText = m[2] ?? m[3];
    const parsed = numberText ? parseDocNumber(numberText) : undefined;
    return { ...(m[1] ? { title: m[1] } : {}), ...(parsed ? { number: formatDocNumber(parsed) } : {}) };
  });
}

const ROLE_CLAUSE = /^(.+?)(按职责分工负责|分工负责|负责|具体落实)$/;

/** Reads a closing responsibility clause: (市能源局…按职责分工负责，洪洞县…人民政府具体落实). */
export function parseResponsibility(text: string, registry: UnitRegistry): { lead: string[]; implement: string[] } | undefined {
  const m = /^\uff08(.+)\uff09$/.exec(text);
  if (!m) return undefined;
  const lead: string[] = [];
  const implement: string[] = [];
  for (const clause of m[1]!.split('\uff0c')) {
    const c = ROLE_CLAUSE.exec(clause);
    const names = c && registry.parseList(c[1]!);
    if (!c || !names) return undefined;
    (c[2] === '具体落实' ? implement : lead).push(...names);
  }
  return { lead, implement };
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
    const texts = block.kind === 'list' ? block.items : block.kind === 'table' ? [block.header, ...block.rows].flat() : [blockText(block)];
    for (const { name } of texts.flatMap((text) => registry.unknownNames(text, city))) {
      // The organs that sign and print the document (临汾市人民政府办公室) are not units it names.
      if (found.has(name) || organs.some((o) => o.endsWith(name))) continue;
      const at = stripSpace(lines.map((l) => l.text).join('')).indexOf(name);
      found.set(name, (at === -1 ? lines[0] : lineAt(lines, at))?.no);
    }
    previous = lines;
  }
  return [...found].map(([name, line]) => ({ name, line }));
}

export function linkDocuments(issue: Issue, parsed: ParsedDocument[], registry: UnitRegistry, log: MessageLog, slugs: DocumentSlugs): { documents: LinkedDocument[]; items: ItemRecord[] } {
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
  parsed.forEach((doc, index) => located(at(doc), 'link', () => {
    const slug = slugOf(doc);
    const blocks = anchorBlocks(doc.parts, doc.source.file);
    const text = blocks.map((b) => blockText(b.block)).join('\n');
    const mentioned = registry.mentions(text);
    const resolve = (c: { title?: string; number?: string }) => {
      const target = (c.number && byNumber.get(c.number)) || (c.title && byTitle.get(c.title)) || undefined;
      return { ...c, ...(target && target !== doc ? { target: slugOf(target) } : {}) };
    };
    const citations: Citation[] = blocks.flatMap(({ block, anchor }) => findCitations(blockText(block)).map((c) => ({ ...resolve(c), anchor })));
    const unknown = unknownUnits(blocks, registry, city, [doc.issuer, ...(doc.printed ? [doc.printed.by] : [])]);
    for (const { name, line } of unknown) {
      log.warn({ file: doc.source.file, line: line ?? doc.source.numberLine.no }, 'unknown-unit', `document ${doc.number} names “${name}”, a unit the registry (content/source/units.yaml) does not know; kept as printed (add it, or an alias, to link it)`);
    }
    const effective = effectiveDate(text, doc.date);
    const until = validUntil(text, effective);
    const repeals = repealSentences(text).flatMap(findCitations).map(resolve);
    const annexAnchors = blocks.filter((b) => b.part.kind === 'annex' && b.anchor === `annex${b.part.annex}`);
    const lines = [doc.source.issuerLines[0] ?? doc.source.titleLines[0] ?? doc.source.numberLine, ...doc.source.bodyLines];
    const record = validated(
      documentSchema,
      {
        slug,
        number: doc.number,
        issuer: doc.issuer,
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
        ...(doc.copiedTo ? { copiedTo: doc.copiedTo } : {}),
        ...(doc.printed ? { printed: doc.printed } : {}),
        ...(unknown.length ? { unknownUnits: unknown.map((u) => u.name) } : {}),
        attachments: doc.attachments.map((a, i) => ({ ...a, ...(annexAnchors[i] ? { anchor: annexAnchors[i]!.anchor } : {}) })),
        units: [...new Set(mentioned.map((u) => u.slug))],
        counties: [...new Set(mentioned.filter((u) => u.kind === '县级人民政府' && !u.collective).map((u) => u.slug))],
        issue: issue.id,
        order: index + 1,
        lines: [lines[0]!.no, lines[lines.length - 1]!.no],
        ...(doc.planTitle ? { issues: doc.planTitle } : {}),
        citations,
        anchors: blocks.map((b) => b.anchor),
      },
      at(doc),
      `document ${doc.number}`,
    );
    if (doc.issuer !== (doc.source.headerIssuer ?? doc.issuer)) {
      log.report(at(doc), 'issuer-mismatch', `document ${doc.number}: header issuer ${doc.source.headerIssuer} differs from signature ${doc.issuer}`);
    }
    documents.push({ record, parsed: doc, blocks });
    items.push(...reformItems(issue, record, doc, blocks, registry, log), ...planItems(issue, record, doc, blocks, registry));
  }));
  return { documents, items };
}

/** Numbered tasks (level-3 headings) of the plan body, by title without marker and 。. */
function planTasks(blocks: AnchoredBlock[]): Map<string, { no: number; title: string; anchor: string }> {
  const tasks = new Map<string, { no: number; title: string; anchor: string }>();
  for (const { block, anchor, part } of blocks) {
    if (part.kind !== 'plan' || block.kind !== 'heading' || block.level !== 3) continue;
    const title = block.text.replace(/^\d+\./, '').replace(/。$/, '');
    tasks.set(title, { no: block.number, title: block.text, anchor });
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
  return table.items.map((item) => {
    const lead = registry.slugs(item.rows.map((r) => r.units[0]!));
    const all = registry.slugs(item.rows.flatMap((r) => r.units));
    const task = tasks.get(item.name);
    const rowAt = { file: doc.source.file, line: item.lines[0]!.no };
    return validated(itemSchema, {
      slug: `${record.slug}-${String(item.no).padStart(3, '0')}`,
      document: record.number,
      documentSlug: record.slug,
      list: table.list,
      no: item.no,
      national: item.national,
      name: item.name,
      rows: item.rows.map((r) => ({ measures: r.measures, units: r.units })),
      units: all,
      lead,
      support: all.filter((s) => !lead.includes(s)),
      implement: [],
      ...(task ? { task } : {}),
      anchor: rowAnchor(tableAnchor, item.no),
      issue: issue.id,
    }, rowAt, `reform item ${item.no}`);
  });
}

/** 推进举措 of a plan: level-2 sections whose last paragraph is a responsibility clause. */
function planItems(issue: Issue, record: DocumentRecord, doc: ParsedDocument, blocks: AnchoredBlock[], registry: UnitRegistry): ItemRecord[] {
  const items: ItemRecord[] = [];
  let list = '';
  for (let i = 0; i < blocks.length; i += 1) {
    const { block, anchor, part } = blocks[i]!;
    if (part.kind !== 'plan' || block.kind !== 'heading') continue;
    if (block.level === 1) list = block.text.replace(/^[一二三四五六七八九十]+、/, '');
    if (block.level !== 2) continue;
    const body: string[] = [];
    let j = i + 1;
    while (j < blocks.length && blocks[j]!.block.kind === 'paragraph' && blocks[j]!.part === part) body.push(blockText(blocks[j++]!.block));
    const clause = body[body.length - 1];
    const roles = clause ? parseResponsibility(clause, registry) : undefined;
    if (!roles || body.length < 2) continue;
    const lead = registry.slugs(roles.lead);
    const implement = registry.slugs(roles.implement);
    items.push(
      validated(itemSchema, {
        slug: `${record.slug}-${String(block.number).padStart(2, '0')}`,
        document: record.number,
        documentSlug: record.slug,
        list,
        no: block.number,
        national: false,
        name: block.text.replace(/^\uff08[一二三四五六七八九十]+\uff09/, ''),
        rows: [{ measures: body.slice(0, -1).join(''), units: [...roles.lead, ...roles.implement] }],
        responsibility: clause,
        units: [...new Set([...lead, ...implement])],
        lead,
        support: [],
        implement,
        anchor,
        issue: issue.id,
      }, { file: doc.source.file, line: block.lines[0]?.no ?? doc.source.numberLine.no }, `plan measure ${block.number}`),
    );
  }
  return items;
}
