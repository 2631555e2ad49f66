/**
 * Stage 4, parse: one document's lines → its metadata and its body as parts and blocks, plus
 * the reform items of its annex table and the 推进举措 of its plan.
 *
 * Any kind of document (model/kinds.ts) goes through the same reading: 主送 where the kind has
 * one, the text (with 任免 entries as a list), 署名 and 成文日期, 附注, then what it issues or
 * publishes — a plan, or a regulation with articles — its annexes, and the 版记.
 */
import { joinWrappedLines, type SourceLine } from '../2-clean.ts';
import type { Block, HeadingBlock, ParagraphBlock, Part, TableBlock } from '../blocks.ts';
import { IngestError, type MessageLog, type Rule } from '../../lib/messages.ts';
import { parseChineseDate } from '../../../model/numbers.ts';
import { formatDocNumber, parseDocNumber } from '../../../model/wenhao.ts';
import { kindOfTitle, ORDER_KIND, type DocumentKind } from '../../../model/kinds.ts';
import { attachmentBlocks, segmentProse, type ProseOptions } from './prose.ts';
import { appointmentList, nameList } from './lists.ts';
import { addresseeLines, annotationLines, findSignature, readAnnotations, readColophon, splitAddressees } from './metadata.ts';
import { isRegulationText, parseRegulation } from './regulation.ts';
import { parseReformTable, type ReformItem } from './reform-table.ts';
import { parseSmallTable } from './small-table.ts';
import { textTable } from './text-table.ts';
import type { DocumentSource } from '../4-split.ts';
import { isCounty, type UnitRegistry } from '../../../model/units.ts';

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
  /** 附注 other than the disclosure note, e.g. 联系人：…. */
  notes: string[];
  /** 签发人, when printed beside the 文号. */
  signer?: string;
  /** Who signs an order (市长 王建华). */
  signatory?: { post: string; name: string };
  /** 抄送机关 of the 版记. */
  copiedTo?: string[];
  /** 印发机关和印发日期 of the 版记. */
  printed?: { by: string; date: string };
  /** Title of the plan the notice issues (关于印发…的通知), or of the regulation an order publishes. */
  planTitle?: string;
  attachments: { no?: number; title: string }[];
  parts: Part[];
  /** Rows of a reform-items annex table, with the table block they were rendered into. */
  reformTable?: { list: string; declared?: number; items: ReformItem[]; table: TableBlock };
}

function fail(doc: DocumentSource, line: SourceLine, rule: Rule, reason: string): never {
  throw new IngestError({ file: doc.file, line: line.no }, rule, reason);
}

const paragraphOf = (line: SourceLine): ParagraphBlock => ({ kind: 'paragraph', text: [line.text], lines: [line] });

/**
 * The title of what a document issues or publishes, when the text after its signature starts
 * with it: a notice 关于印发X的通知 issues X; an order publishes the 《X》 its text names.
 */
function issuedTitle(
  doc: DocumentSource,
  number: string,
  title: string,
  main: Block[],
  rest: SourceLine[],
): { title: string; end: number } | undefined {
  const named = doc.order
    ? main.flatMap((b) => (b.kind === 'paragraph' ? [...b.text.join('').matchAll(/《([^《》]+)》/g)].map((m) => m[1]!) : []))
    : [];
  const planTitle = /^关于印发(.+)的通知$/.exec(title)?.[1];
  for (const candidate of planTitle ? [planTitle] : named) {
    let end = 0;
    while (end < rest.length && joinWrappedLines(rest.slice(0, end + 1).map((l) => l.text)).length <= candidate.length) end += 1;
    if (joinWrappedLines(rest.slice(0, end).map((l) => l.text)) === candidate) return { title: candidate, end };
  }
  if (planTitle)
    fail(
      doc,
      rest[0] ?? doc.numberLine,
      'plan-title',
      `document ${number} issues “${planTitle}”, but the text after its signature does not start with that title`,
    );
  return undefined;
}

/**
 * The document's own text: prose, with each run of 任免 entries (任命…为…；免去…职务) as a list
 * and each table printed in it (a name table, rows of figures) as a table.
 */
function mainText(
  file: string,
  lines: SourceLine[],
  attachments: ParsedDocument['attachments'],
  kind: DocumentKind,
  log: MessageLog,
  counties: string[],
): Block[] {
  const prose = (part: SourceLine[]) =>
    part.length ? proseWithAttachments(part, attachments, { numberedParagraphs: kind.numberedPoints }) : [];
  const appointments = appointmentList(lines);
  const table = textTable(file, lines.slice(0, appointments?.start ?? lines.length), log, counties);
  const run = table ?? (appointments && { start: appointments.start, end: appointments.end, blocks: [appointments.list] });
  if (!run) return prose(lines);
  return [...prose(lines.slice(0, run.start)), ...run.blocks, ...mainText(file, lines.slice(run.end), attachments, kind, log, counties)];
}

export function parseDocument(doc: DocumentSource, registry: UnitRegistry, log: MessageLog): ParsedDocument {
  const parsedNumber = parseDocNumber(doc.numberText);
  if (!parsedNumber) fail(doc, doc.numberLine, 'document-number', `“${doc.numberText}” is not a document number (文号)`);
  const number = formatDocNumber(parsedNumber);
  const printedTitle = joinWrappedLines(doc.titleLines.map((l) => l.text));
  const kind = doc.order ? ORDER_KIND : kindOfTitle(printedTitle);
  if (!kind)
    fail(doc, doc.titleLines[0] ?? doc.numberLine, 'document-type', `title “${printedTitle}” does not end in a known document kind`);

  const colophon = readColophon(doc.bodyLines);
  const body = doc.bodyLines.slice(0, colophon?.start ?? doc.bodyLines.length);
  const addresseeEnd = addresseeLines(body, kind);
  if (kind.addressees === 'required' && addresseeEnd === 0) {
    fail(
      doc,
      body[0] ?? doc.numberLine,
      'addressees',
      `document ${number}: no addressee line (主送机关 ending in a colon) after the 文号; a ${kind.name} always has one`,
    );
  }
  const addresseeText = joinWrappedLines(body.slice(0, addresseeEnd).map((l) => l.text));

  const signature = findSignature(body, addresseeEnd, doc);
  if (!signature && kind.signed) {
    const signer = doc.order ? 'the signatory (市长 and his name)' : `the issuer${doc.headerIssuer ? ` ${doc.headerIssuer}` : ''}`;
    fail(
      doc,
      body[body.length - 1] ?? doc.numberLine,
      'signature',
      `document ${number}: no signature (${signer} followed by a date); the file may be truncated`,
    );
  }
  const issuer = signature?.issuer ?? doc.headerIssuer;
  const date = signature?.date ?? body.map((l) => parseChineseDate(l.text)).find(Boolean);
  if (!issuer || !date)
    fail(
      doc,
      doc.numberLine,
      'signature',
      `document ${number}: a ${kind.name} without a signature needs its issuer in the header and a date in its text`,
    );
  const annotations = signature ? body.slice(signature.index + 2, signature.index + 2 + annotationLines(body, signature.index + 2)) : [];
  const { disclosure, notes } = readAnnotations(annotations);
  const textEnd = signature?.index ?? findAnnex(body, addresseeEnd);
  const afterSignature = signature ? signature.index + 2 + annotations.length : textEnd;

  const main: Part = { kind: 'main', blocks: [] };
  if (addresseeEnd > 0) main.blocks.push({ kind: 'paragraph', text: [addresseeText], lines: body.slice(0, addresseeEnd) });
  const attachments: ParsedDocument['attachments'] = [];
  const counties = registry.units.filter(isCounty).flatMap((u) => [u.name, ...u.aliases]);
  main.blocks.push(...mainText(doc.file, body.slice(addresseeEnd, textEnd), attachments, kind, log, counties));
  // The 落款: 署名, 成文日期 and the 附注 under them (公开方式), a line each.
  const closing = signature ? body.slice(signature.index, afterSignature) : [];
  if (closing.length > 0) main.blocks.push({ kind: 'closing', text: closing.map((l) => l.text), lines: closing });

  const parts: Part[] = [main];
  let rest = body.slice(afterSignature);
  const issued = issuedTitle(doc, number, printedTitle, main.blocks, rest);
  if (issued) {
    const annexStart = findAnnex(rest, issued.end);
    const text = rest.slice(issued.end, annexStart);
    const heading: HeadingBlock = { kind: 'heading', level: 0, number: 0, text: issued.title, lines: rest.slice(0, issued.end) };
    if (isRegulationText(text)) parts.push({ kind: 'regulation', blocks: [heading, ...regulationWithSchedules(doc.file, text, log)] });
    else parts.push({ kind: 'plan', blocks: [heading, ...proseWithAttachments(text, attachments)] });
    rest = rest.slice(annexStart);
  }

  let reformTable: ParsedDocument['reformTable'];
  while (rest.length > 0) {
    const heading = /^附件(\d*)$/.exec(rest[0]!.text);
    if (!heading) {
      const expected =
        doc.order && !issued ? 'the title of the regulation it publishes, as named in its text, or a 附件 heading' : 'a 附件 heading';
      fail(
        doc,
        rest[0]!,
        'unexpected-text',
        `document ${number}: unexpected text after the signature: “${rest[0]!.text.slice(0, 24)}” (expected ${expected})`,
      );
    }
    const next = findAnnex(rest, 1);
    const annexNo = heading[1] ? Number(heading[1]) : 1;
    const annex = parseAnnex(doc, annexNo, rest.slice(0, next), registry, log);
    parts.push(annex.part);
    reformTable ??= annex.reformTable;
    rest = rest.slice(next);
  }
  // The 版记 (抄送, 印发): closing lines of their own after everything else.
  if (colophon) {
    const text = colophon.entries.map((lines) => joinWrappedLines(lines.map((l) => l.text)));
    parts.push({ kind: 'colophon', blocks: [{ kind: 'closing', text, lines: colophon.entries.flat() }] });
  }

  if (attachments.length !== parts.filter((p) => p.kind === 'annex').length) {
    fail(
      doc,
      doc.numberLine,
      'attachments',
      `document ${number} lists ${attachments.length} attachments (附件) but prints ${parts.filter((p) => p.kind === 'annex').length}`,
    );
  }
  return {
    source: doc,
    number,
    issuer,
    title: doc.order ? (issued?.title ?? number) : printedTitle,
    type: kind.name,
    date,
    addressees: splitAddressees(addresseeText),
    ...(disclosure ? { disclosure } : {}),
    notes,
    ...(doc.signer ? { signer: doc.signer } : {}),
    ...(signature?.signatory ? { signatory: signature.signatory } : {}),
    ...(colophon?.copiedTo ? { copiedTo: colophon.copiedTo } : {}),
    ...(colophon?.printed ? { printed: colophon.printed } : {}),
    ...(issued ? { planTitle: issued.title } : {}),
    attachments,
    parts,
    reformTable,
  };
}

/**
 * A regulation's articles, then the schedules (附表) printed after its last article: each its
 * label, its title and 单位 lines as paragraphs, and its table.
 */
function regulationWithSchedules(file: string, lines: SourceLine[], log: MessageLog): Block[] {
  const start = lines.findIndex((l) => /^附表\d*$/.test(l.text));
  if (start === -1) return parseRegulation(lines);
  const schedules: Block[] = [];
  let rest = lines.slice(start);
  while (rest.length > 0) {
    const next = rest.findIndex((l, i) => i > 0 && /^附表\d*$/.test(l.text));
    const schedule = rest.slice(0, next === -1 ? rest.length : next);
    const table = textTable(file, schedule.slice(1), log);
    const text = (part: SourceLine[]) => part.map(paragraphOf);
    schedules.push(paragraphOf(schedule[0]!));
    if (table) schedules.push(...text(schedule.slice(1, 1 + table.start)), ...table.blocks, ...segmentProse(schedule.slice(1 + table.end)));
    else schedules.push(...segmentProse(schedule.slice(1)));
    rest = next === -1 ? [] : rest.slice(next);
  }
  return [...parseRegulation(lines.slice(0, start)), ...schedules];
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

function parseAnnex(doc: DocumentSource, no: number, lines: SourceLine[], registry: UnitRegistry, log: MessageLog) {
  const counties = registry.units.filter(isCounty).flatMap((u) => [u.name, ...u.aliases]);
  const label: ParagraphBlock = { kind: 'paragraph', text: [lines[0]!.text], lines: [lines[0]!] };
  const titleLine = lines[1];
  if (!titleLine) fail(doc, lines[0]!, 'annex-title', `${lines[0]!.text} has no title`);
  // A long title wraps: its next line carries on from a full line (…先进 / 单位名单), unless the
  // title is whole already (it ends as titles of lists and tables do: …名单, …表, （共5个）).
  let titleEnd = 2;
  const whole = () => /(?:名单|目录|清单|表|方案|办法|细则|规定|计划|标准|要点|）)$/.test(lines[titleEnd - 1]!.text);
  while (titleEnd < lines.length && lines[titleEnd]!.start === 'wrap' && !/^序号|^（/.test(lines[titleEnd]!.text) && !whole())
    titleEnd += 1;
  const titleText = joinWrappedLines(lines.slice(1, titleEnd).map((l) => l.text));
  const title: HeadingBlock = { kind: 'heading', level: 0, number: 0, text: titleText, lines: lines.slice(1, titleEnd) };
  const part: Part = { kind: 'annex', annex: no, blocks: [label, title] };
  let content = lines.slice(titleEnd);
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
      rows: items.flatMap((item) =>
        item.rows.map((row, k) => [k === 0 ? item.label : '', k === 0 ? item.name : '', row.measures, row.unitsText]),
      ),
      lines: content,
    };
    part.blocks.push(table);
    return { part, reformTable: { list: titleText, declared, items, table } };
  }
  // A table's header may stand under a line or two of its own (单位：万亩).
  const tableStart = content.findIndex((l, i) => i < 3 && l.text.startsWith('序号'));
  if (tableStart !== -1) {
    part.blocks.push(
      ...content.slice(0, tableStart).map(paragraphOf),
      ...parseSmallTable(doc.file, content.slice(tableStart), counties, log),
    );
    return { part };
  }
  const table = textTable(doc.file, content, log, counties);
  if (table) {
    part.blocks.push(...segmentProse(content.slice(0, table.start)), ...table.blocks, ...segmentProse(content.slice(table.end)));
    return { part };
  }
  const list = nameList(content);
  part.blocks.push(...(list ? [list] : segmentProse(content)));
  return { part };
}
