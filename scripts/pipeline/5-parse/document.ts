/**
 * Stage 4, parse: one document's lines → its metadata and its body as parts and blocks, plus
 * the reform items of its annex table and the 推进举措 of its plan.
 */
import { joinWrappedLines, type SourceLine } from '../2-clean.ts';
import type { Block, HeadingBlock, ParagraphBlock, Part, TableBlock } from '../blocks.ts';
import { IngestError } from '../../lib/messages.ts';
import { formatDocNumber, parseChineseDate, parseDocNumber } from '../../../model/numbers.ts';
import { attachmentBlocks, segmentProse, type ProseOptions } from './prose.ts';
import { parseReformTable, type ReformItem } from './reform-table.ts';
import { parseSmallTable } from './small-table.ts';
import type { DocumentSource } from '../4-split.ts';
import { isCounty, type UnitRegistry } from '../../../model/units.ts';

const DOCUMENT_TYPES = ['通知', '批复', '决定', '意见', '通告', '公告', '报告', '办法', '规定', '方案', '函'];
const ISSUER = /^[\p{Script=Han}]+(人民政府|办公室)$/u;
const REFORM_HEADER = '序号改革事项具体举措责任单位';

export interface ParsedDocument {
  source: DocumentSource;
  number: string;
  issuer: string;
  title: string;
  type: string;
  date: string;
  addressees: string[];
  disclosure?: string;
  /** Title of the plan the notice issues (关于印发…的通知). */
  planTitle?: string;
  attachments: { no?: number; title: string }[];
  parts: Part[];
  /** Rows of a reform-items annex table, with the table block they were rendered into. */
  reformTable?: { list: string; declared?: number; items: ReformItem[]; table: TableBlock };
}

function fail(doc: DocumentSource, line: SourceLine, rule: string, reason: string): never {
  throw new IngestError({ file: doc.file, line: line.no }, rule, reason);
}

/**
 * Splits 主送机关 at commas, then at 、 outside brackets unless that would leave a fragment
 * (市直各室、委、局 is one addressee; 市城市管理局、市住建局 are two).
 */
export function splitAddressees(text: string): string[] {
  return text
    .replace(/[:：]$/, '')
    .split(/[,，]/)
    .flatMap((part) => {
      const pieces = part.split(/、(?![^（]*）)/);
      return pieces.every((p) => [...p].length >= 3) ? pieces : [part];
    })
    .filter(Boolean);
}

export function parseDocument(doc: DocumentSource, registry: UnitRegistry): ParsedDocument {
  const parsedNumber = parseDocNumber(doc.numberLine.text);
  if (!parsedNumber) fail(doc, doc.numberLine, 'document-number', `“${doc.numberLine.text}” is not a document number (文号)`);
  const number = formatDocNumber(parsedNumber);
  const title = joinWrappedLines(doc.titleLines.map((l) => l.text));
  const type = DOCUMENT_TYPES.find((t) => title.endsWith(t));
  if (!type) fail(doc, doc.titleLines[0]!, 'document-type', `title “${title}” does not end in a known document type (${DOCUMENT_TYPES.join(', ')})`);

  const body = doc.bodyLines;
  const addresseeEnd = body.findIndex((l, i) => i < 4 && /[:：]$/.test(l.text));
  if (addresseeEnd === -1) fail(doc, body[0] ?? doc.numberLine, 'addressees', `document ${number}: no addressee line (主送机关 ending in a colon) after the 文号`);
  const addresseeText = joinWrappedLines(body.slice(0, addresseeEnd + 1).map((l) => l.text));

  const signature = body.findIndex((l, i) => i > addresseeEnd && ISSUER.test(l.text) && (!doc.headerIssuer || l.text === doc.headerIssuer) && !!body[i + 1] && !!parseChineseDate(body[i + 1]!.text));
  if (signature === -1) fail(doc, body[body.length - 1] ?? doc.numberLine, 'signature', `document ${number}: no signature (issuer followed by a date); the file may be truncated`);
  const issuer = body[signature]!.text;
  const date = parseChineseDate(body[signature + 1]!.text)!;
  const disclosureLine = body[signature + 2];
  const disclosureMatch = disclosureLine && /^（(此件[^）]+)）$/.exec(disclosureLine.text);
  const afterSignature = signature + (disclosureMatch ? 3 : 2);

  const main: Part = { kind: 'main', blocks: [] };
  main.blocks.push({ kind: 'paragraph', text: [addresseeText], lines: body.slice(0, addresseeEnd + 1) });
  const attachments: ParsedDocument['attachments'] = [];
  main.blocks.push(...proseWithAttachments(body.slice(addresseeEnd + 1, signature), attachments, { numberedParagraphs: type === '批复' }));
  const closing = body.slice(signature, afterSignature);
  main.blocks.push({ kind: 'closing', text: closing.map((l) => l.text), lines: closing });

  const parts: Part[] = [main];
  let rest = body.slice(afterSignature);
  const planTitle = /^关于印发(.+)的通知$/.exec(title)?.[1];
  if (planTitle) {
    let end = 0;
    while (end < rest.length && joinWrappedLines(rest.slice(0, end + 1).map((l) => l.text)).length <= planTitle.length) end += 1;
    if (joinWrappedLines(rest.slice(0, end).map((l) => l.text)) !== planTitle) {
      fail(doc, rest[0] ?? body[signature]!, 'plan-title', `document ${number} issues “${planTitle}”, but the text after its signature does not start with that title`);
    }
    const annexStart = findAnnex(rest, end);
    const plan: Part = { kind: 'plan', blocks: [{ kind: 'heading', level: 0, number: 0, text: planTitle, lines: rest.slice(0, end) }] };
    plan.blocks.push(...proseWithAttachments(rest.slice(end, annexStart), attachments));
    parts.push(plan);
    rest = rest.slice(annexStart);
  }

  let reformTable: ParsedDocument['reformTable'];
  while (rest.length > 0) {
    const heading = /^附件(\d*)$/.exec(rest[0]!.text);
    if (!heading) fail(doc, rest[0]!, 'unexpected-text', `document ${number}: unexpected text after the signature: “${rest[0]!.text.slice(0, 24)}” (expected a 附件 heading)`);
    const next = findAnnex(rest, 1);
    const annexNo = heading[1] ? Number(heading[1]) : 1;
    const annex = parseAnnex(doc, annexNo, rest.slice(0, next), registry);
    parts.push(annex.part);
    reformTable ??= annex.reformTable;
    rest = rest.slice(next);
  }

  if (attachments.length !== parts.filter((p) => p.kind === 'annex').length) {
    fail(doc, doc.numberLine, 'attachments', `document ${number} lists ${attachments.length} attachments (附件) but prints ${parts.filter((p) => p.kind === 'annex').length}`);
  }
  return {
    source: doc,
    number,
    issuer,
    title,
    type,
    date,
    addressees: splitAddressees(addresseeText),
    disclosure: disclosureMatch?.[1],
    planTitle,
    attachments,
    parts,
    reformTable,
  };
}

function findAnnex(lines: SourceLine[], from: number): number {
  const i = lines.findIndex((l, k) => k >= from && /^附件\d*$/.test(l.text));
  return i === -1 ? lines.length : i;
}

/** Prose, with the 附件： list (if any) read as a list and recorded. */
function proseWithAttachments(lines: SourceLine[], attachments: ParsedDocument['attachments'], options: ProseOptions = {}): Block[] {
  const start = lines.findIndex((l) => /^附件[:：]/.test(l.text));
  if (start === -1) return segmentProse(lines, options);
  const { blocks, titles } = attachmentBlocks(lines.slice(start));
  attachments.push(...titles);
  return [...segmentProse(lines.slice(0, start), options), ...blocks];
}

function parseAnnex(doc: DocumentSource, no: number, lines: SourceLine[], registry: UnitRegistry) {
  const label: ParagraphBlock = { kind: 'paragraph', text: [lines[0]!.text], lines: [lines[0]!] };
  const titleLine = lines[1];
  if (!titleLine) fail(doc, lines[0]!, 'annex-title', `${lines[0]!.text} has no title`);
  const title: HeadingBlock = { kind: 'heading', level: 0, number: 0, text: titleLine.text, lines: [titleLine] };
  const part: Part = { kind: 'annex', annex: no, blocks: [label, title] };
  let content = lines.slice(2);
  const noteEnd = content[0]?.text.startsWith('（') ? content.findIndex((l) => /）$/.test(l.text)) : -1;
  let declared: number | undefined;
  if (noteEnd !== -1) {
    const note = joinWrappedLines(content.slice(0, noteEnd + 1).map((l) => l.text));
    part.blocks.push({ kind: 'paragraph', text: [note], lines: content.slice(0, noteEnd + 1) });
    declared = Number(/共(\d+)条/.exec(note)?.[1]) || undefined;
    content = content.slice(noteEnd + 1);
  }
  if (content[0]?.text === REFORM_HEADER) {
    const items = parseReformTable(doc.file, content.slice(1), registry);
    const table: TableBlock = {
      kind: 'table',
      header: ['序号', '改革事项', '具体举措', '责任单位'],
      rows: items.flatMap((item) => item.rows.map((row, k) => [k === 0 ? item.label : '', k === 0 ? item.name : '', row.measures, row.unitsText])),
      lines: content,
    };
    part.blocks.push(table);
    return { part, reformTable: { list: titleLine.text, declared, items, table } };
  }
  if (content[0]?.text.startsWith('序号')) {
    const counties = registry.units.filter(isCounty).flatMap((u) => [u.name, ...u.aliases]);
    part.blocks.push(parseSmallTable(doc.file, content, counties));
    return { part };
  }
  part.blocks.push(...segmentProse(content));
  return { part };
}
