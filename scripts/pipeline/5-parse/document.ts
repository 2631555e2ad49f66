/**
 * Stage 5, parse: one document's lines → its metadata and its body as parts and blocks, plus
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
import { kindOfTitle, ORDER_KIND, UNKNOWN_KIND, type DocumentKind } from '../../../model/kinds.ts';
import { attachmentBlocks, segmentProse, type ProseOptions } from './prose.ts';
import { appointmentList, nameList } from './lists.ts';
import {
  addresseeLines,
  annotationLines,
  findSignature,
  readAnnotations,
  readColophon,
  printedLines,
  splitAddressees,
  type Colophon,
  type Signature,
} from './metadata.ts';
import { applyBlockHints, type Flagger } from './hinted-blocks.ts';
import type { LocatedHint } from '../1-source.ts';
import { titleWords } from '../../../model/punctuation.ts';
import { isRegulationText, parseRegulation } from './regulation.ts';
import { parseReformTable, type ReformItem } from './reform-table.ts';
import { parseSmallTable } from './small-table.ts';
import { parseInterpretation } from './interpretation.ts';
import { textTable } from './text-table.ts';
import type { DocumentSource } from '../4-split.ts';
import { isCounty, type UnitRegistry } from '../../../model/units.ts';

const REFORM_HEADER = '序号改革事项具体举措责任单位';

export interface ParsedDocument {
  source: DocumentSource;
  number: string;
  /** The first issuing organ (of a 联合发文, the first printed). */
  issuer: string;
  /** Every issuing organ in printed order, when two or more issue it jointly (联合发文). */
  issuers?: string[];
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
  /** For a 政策解读 (no 文号, issuer or date of its own: `number`, `issuer` and `date` are empty): the title it interprets. */
  interprets?: string;
  /** Rows of a reform-items annex table, with the table block they were rendered into. */
  reformTable?: { list: string; declared?: number; items: ReformItem[]; table: TableBlock };
  /** What a proofreader must check: each place where the layout matched no known shape. */
  review: string[];
}

/**
 * A document read with a guess somewhere: each guess is a located warning and an entry of the
 * document's review list, in Chinese for the page (what to check, and the source line).
 */
class Review implements Flagger {
  readonly entries: string[] = [];
  private readonly doc: DocumentSource;
  private readonly log: MessageLog;

  constructor(doc: DocumentSource, log: MessageLog) {
    this.doc = doc;
    this.log = log;
  }

  flag(line: { no: number }, rule: Rule, reason: string, check: string): void {
    this.log.warn({ file: this.doc.file, line: line.no }, rule, `document ${this.doc.numberText}: ${reason}`);
    this.entries.push(`${check}（源文第${line.no}行）`);
  }
}

const paragraphOf = (line: SourceLine): ParagraphBlock => ({ kind: 'paragraph', text: [line.text], lines: [line] });

/**
 * The title of what a document issues or publishes, when the text after its signature starts
 * with it: a notice 关于印发X的通知 (or 关于印发《X》的通知) issues X; an order publishes the 《X》
 * its text names. Titles are compared by their words (model/punctuation.ts `titleWords`): a title
 * cited with 〈〉 nested in 《》 is printed with 《》 on its own. The title is as printed there.
 */
function issuedTitle(doc: DocumentSource, title: string, main: Block[], rest: SourceLine[]): { title: string; end: number } | undefined {
  const named = doc.order
    ? main.flatMap((b) => (b.kind === 'paragraph' ? [...b.text.join('').matchAll(/《([^《》]+)》/g)].map((m) => m[1]!) : []))
    : [];
  const planTitle = /^关于印发《?(.+?)》?的通知$/.exec(title)?.[1]; // a 部门文件 may keep 《》 around it
  for (const candidate of planTitle ? [planTitle] : named) {
    const words = titleWords(candidate);
    const printed = (end: number) => joinWrappedLines(rest.slice(0, end).map((l) => l.text));
    let end = 0;
    while (end < rest.length && titleWords(printed(end + 1)).length <= words.length) end += 1;
    if (end > 0 && titleWords(printed(end)) === words) return { title: printed(end), end };
  }
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

/**
 * The issuing organs in printed order: the first printed of the header, the 落款 and the 版记's 印发
 * organ, in the fullest reading of the same names among them (a 联合发文's organs run together in a
 * vertical header are told apart by the 落款 that prints them apart).
 */
function issuingOrgans(doc: DocumentSource, signature: Signature | undefined, colophon: Colophon | undefined): string[] {
  const readings = [doc.headerIssuers, signature?.issuers ?? [], colophon?.printed ? [colophon.printed.by] : []].filter((r) => r.length);
  const first = readings[0] ?? [];
  const same = readings.filter((r) => compactText(r.join('')) === compactText(first.join('')));
  return same.reduce((best, names) => (names.length > best.length ? names : best), first);
}

/** The line of `lines` printed at source line `no`, by index. */
const indexOfLine = (lines: SourceLine[], no: number) => lines.findIndex((l) => l.no === no);

/**
 * `hints` are the editor's hints about this document's lines (issuers, where the 落款 is, lines
 * that are a list or a table); model/schema.ts `hintSchema`.
 */
export function parseDocument(doc: DocumentSource, registry: UnitRegistry, log: MessageLog, hints: LocatedHint[] = []): ParsedDocument {
  if (doc.interprets !== undefined) return parseInterpretation({ ...doc, interprets: doc.interprets });
  const parsedNumber = parseDocNumber(doc.numberText);
  if (!parsedNumber)
    throw new IngestError(
      { file: doc.file, line: doc.numberLine.no },
      'document-number',
      `“${doc.numberText}” is not a document number (文号)`,
    );
  const number = formatDocNumber(parsedNumber);
  const review = new Review(doc, log);
  const printedTitle = joinWrappedLines(doc.titleLines.map((l) => l.text));
  let kind = doc.order ? ORDER_KIND : kindOfTitle(printedTitle);
  if (!kind) {
    review.flag(
      doc.titleLines[0] ?? doc.numberLine,
      'document-type',
      `title “${printedTitle}” does not end in a known document kind; read as ${UNKNOWN_KIND.name}`,
      '文种：标题不以已知文种结尾',
    );
    kind = UNKNOWN_KIND;
  }

  const colophon = readColophon(doc.bodyLines);
  const body = doc.bodyLines.slice(0, colophon?.start ?? doc.bodyLines.length);
  const addresseeEnd = addresseeLines(body, kind);
  if (kind.addressees === 'required' && addresseeEnd === 0) {
    review.flag(
      body[0] ?? doc.numberLine,
      'addressees',
      `no addressee line (主送机关: organs ending in a colon) after the 文号; a ${kind.name} always has one`,
      '主送机关：文号后未见主送机关',
    );
  }
  const addresseeText = joinWrappedLines(body.slice(0, addresseeEnd).map((l) => l.text));

  const hinted = <K extends LocatedHint['hint']['kind']>(k: K) =>
    hints.find((h): h is LocatedHint & { hint: { kind: K } } => h.hint.kind === k);
  const closingHint = hinted('closing');
  const closingAt = closingHint ? indexOfLine(body, closingHint.hint.line) : undefined;
  let signature = findSignature(body, addresseeEnd, doc, closingAt === -1 ? undefined : closingAt);
  if (closingHint && (closingAt === -1 || !signature))
    log.report(
      closingHint.at,
      'hint',
      `line ${closingHint.hint.line} is no 落款 of document ${number}: no date follows it within four lines`,
    );
  if (!signature && !doc.order && doc.headerIssuer) {
    signature = findSignature(body, addresseeEnd, { order: false });
    if (signature)
      review.flag(
        body[signature.index]!,
        'issuer-mismatch',
        `the 落款 ${signature.issuers.join(' ')} differs from the header ${doc.headerIssuer}; the header is taken`,
        '发文机关：落款与版头不一致',
      );
  }
  if (!signature && kind.signed) {
    const signer = doc.order ? 'the signatory (市长 and his name)' : `the issuer${doc.headerIssuer ? ` ${doc.headerIssuer}` : ''}`;
    review.flag(
      body[body.length - 1] ?? doc.numberLine,
      'signature',
      `no signature (${signer} followed by a date); read to the end as text`,
      '落款：未找到署名和成文日期',
    );
  }
  const issuers = hinted('issuers')?.hint.issuers ?? issuingOrgans(doc, signature, colophon);
  if (issuers.length === 0)
    review.flag(doc.numberLine, 'issuer', 'no issuing organ in its header, 落款 or 版记', '发文机关：版头、落款和版记均未印出');
  const date = documentDate(doc, body, signature, colophon, parsedNumber.year, review);
  const annotations = signature ? body.slice(signature.end, signature.end + annotationLines(body, signature.end)) : [];
  const { disclosure, notes } = readAnnotations(annotations);
  const textEnd = signature?.index ?? findAnnex(body, addresseeEnd);
  const afterSignature = signature ? signature.end + annotations.length : textEnd;

  const main: Part = { kind: 'main', blocks: [] };
  if (addresseeEnd > 0) main.blocks.push({ kind: 'paragraph', text: [addresseeText], lines: body.slice(0, addresseeEnd) });
  const attachments: ParsedDocument['attachments'] = [];
  const counties = registry.units.filter(isCounty).flatMap((u) => [u.name, ...u.aliases]);
  main.blocks.push(...mainText(doc.file, body.slice(addresseeEnd, textEnd), attachments, kind, log, counties));
  // The 落款: 署名, 成文日期 and the 附注 under them (公开方式), a line each.
  const closing = signature ? body.slice(signature.index, afterSignature) : [];
  if (signature) {
    // a line each; a date the extraction cut in two is one printed line
    const signed = printedLines(body.slice(signature.index, signature.dateIndex));
    const dated = body
      .slice(signature.dateIndex, signature.end)
      .map((l) => l.text)
      .join('');
    main.blocks.push({ kind: 'closing', text: [...signed, dated, ...printedLines(annotations)], lines: closing });
  }

  const parts: Part[] = [main];
  let rest = body.slice(afterSignature);
  const issued = issuedTitle(doc, printedTitle, main.blocks, rest);
  if (issued) {
    const annexStart = findAnnex(rest, issued.end);
    const text = rest.slice(issued.end, annexStart);
    const heading: HeadingBlock = { kind: 'heading', level: 0, number: 0, text: issued.title, lines: rest.slice(0, issued.end) };
    if (isRegulationText(text)) parts.push({ kind: 'regulation', blocks: [heading, ...regulationWithSchedules(doc.file, text, log)] });
    else parts.push({ kind: 'plan', blocks: [heading, ...proseWithAttachments(text, attachments)] });
    rest = rest.slice(annexStart);
  }

  const unexpected = findAnnex(rest, 0);
  if (unexpected > 0) {
    const expected =
      doc.order && !issued ? 'the title of the regulation it publishes, as named in its text, or a 附件 heading' : 'a 附件 heading';
    review.flag(
      rest[0]!,
      'unexpected-text',
      `unexpected text after the signature: “${rest[0]!.text.slice(0, 24)}” (expected ${expected}); read as text`,
      '落款后的文字：既非所印发文件的标题，也非附件',
    );
    main.blocks.push(...segmentProse(rest.slice(0, unexpected)));
    rest = rest.slice(unexpected);
  }
  let reformTable: ParsedDocument['reformTable'];
  while (rest.length > 0) {
    const heading = /^附件(\d*)$/.exec(rest[0]!.text)!;
    const next = findAnnex(rest, 1);
    const annexNo = heading[1] ? Number(heading[1]) : 1;
    const annex = parseAnnex(doc, annexNo, rest.slice(0, next), registry, log, review);
    parts.push(annex.part);
    reformTable ??= annex.reformTable;
    rest = rest.slice(next);
  }
  // What a notice issues may be printed as its annex instead (附件 / 临汾市…办法 / 第一条…).
  const planTitle = /^关于印发(.+)的通知$/.exec(printedTitle)?.[1];
  const issuedAnnex = planTitle && !issued ? annexTitled(parts, planTitle) : undefined;
  if (planTitle && !issued && !issuedAnnex)
    review.flag(
      body[afterSignature] ?? doc.numberLine,
      'plan-title',
      `it issues “${planTitle}”, but neither the text after its signature nor an annex starts with that title`,
      `所印发文件：落款后和附件中均未见标题“${planTitle}”`,
    );
  // The 版记 (抄送, 印发): closing lines of their own after everything else.
  if (colophon) {
    const text = colophon.entries.map((lines) => joinWrappedLines(lines.map((l) => l.text)));
    parts.push({ kind: 'colophon', blocks: [{ kind: 'closing', text, lines: colophon.entries.flat() }] });
  }

  const printedAnnexes = parts.filter((p) => p.kind === 'annex').length;
  if (attachments.length !== printedAnnexes) {
    review.flag(
      doc.numberLine,
      'attachments',
      `it lists ${attachments.length} attachments (附件) but prints ${printedAnnexes}`,
      `附件：附件说明列${attachments.length}件，印出${printedAnnexes}件`,
    );
  }
  return {
    source: doc,
    number,
    issuer: issuers[0] ?? '',
    ...(issuers.length > 1 ? { issuers } : {}),
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
    ...(issued || issuedAnnex ? { planTitle: issued?.title ?? issuedAnnex } : {}),
    attachments,
    parts: applyBlockHints(parts, hints, review, log),
    reformTable,
    review: review.entries,
  };
}

/** The title of the annex whose title is `title` in its words (model/punctuation.ts `titleWords`), if one is. */
function annexTitled(parts: Part[], title: string): string | undefined {
  const titles = parts.flatMap((p) => (p.kind === 'annex' && p.blocks[1]?.kind === 'heading' ? [p.blocks[1].text] : []));
  return titles.find((t) => titleWords(t) === titleWords(title));
}

const compactText = (text: string) => text.replace(/[\s\u3000]+/g, '');

/**
 * 成文日期: the 落款's date; else (a 纪要, a 公报, a document read without 落款) a date printed on a
 * line of its own, or the 版记's 印发 date. Failing those, a date in the running text or the
 * 文号's year, flagged for review.
 */
function documentDate(
  doc: DocumentSource,
  body: SourceLine[],
  signature: Signature | undefined,
  colophon: Colophon | undefined,
  year: number | undefined,
  review: Review,
): string {
  const printed = signature?.date ?? body.map((l) => parseChineseDate(l.text)).find(Boolean) ?? colophon?.printed?.date;
  if (printed) return printed;
  const inText = body.map((l) => /\d{4}年\d{1,2}月\d{1,2}日/.exec(l.text.replace(/\s+/g, ''))?.[0]).find(Boolean);
  const guess = (inText && parseChineseDate(inText)) || (year !== undefined ? `${year}-01-01` : undefined);
  if (!guess)
    throw new IngestError({ file: doc.file, line: doc.numberLine.no }, 'date', `document ${doc.numberText}: no date printed anywhere`);
  review.flag(
    doc.numberLine,
    'date',
    `no 成文日期 (a date under the 落款, on a line of its own, or in the 版记); ${inText ? `took ${inText} from its text` : 'dated to the year of its 文号'}`,
    `成文日期：未印出，暂取${inText ?? '文号年份'}`,
  );
  return guess;
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

/** The rows of a reform-items table, or undefined (flagged for review) when they do not fit its columns. */
function reformRows(file: string, content: SourceLine[], registry: UnitRegistry, review: Review): ReformItem[] | undefined {
  try {
    return parseReformTable(file, content.slice(1), registry);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    review.flag({ no: error.at.line }, error.rule, `${error.message}; the table is kept line by line`, '改革事项表：行与列无法对应');
    return undefined;
  }
}

/** Prose, with the 附件： list (if any) read as a list and recorded. */
function proseWithAttachments(lines: SourceLine[], attachments: ParsedDocument['attachments'], options: ProseOptions = {}): Block[] {
  const start = lines.findIndex((l) => /^附件：/.test(l.text));
  if (start === -1) return segmentProse(lines, options);
  const { blocks, titles } = attachmentBlocks(lines.slice(start));
  attachments.push(...titles);
  return [...segmentProse(lines.slice(0, start), options), ...blocks];
}

function parseAnnex(
  doc: DocumentSource,
  no: number,
  lines: SourceLine[],
  registry: UnitRegistry,
  log: MessageLog,
  review: Review,
): { part: Part; reformTable?: ParsedDocument['reformTable'] } {
  const counties = registry.units.filter(isCounty).flatMap((u) => [u.name, ...u.aliases]);
  const label: ParagraphBlock = { kind: 'paragraph', text: [lines[0]!.text], lines: [lines[0]!] };
  const titleLine = lines[1];
  if (!titleLine) {
    review.flag(lines[0]!, 'annex-title', `${lines[0]!.text} has no title`, `${lines[0]!.text}：无标题`);
    return { part: { kind: 'annex', annex: no, blocks: [label] } };
  }
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
  const items = content[0]?.text === REFORM_HEADER ? reformRows(doc.file, content, registry, review) : undefined;
  if (items) {
    if (declared !== undefined && declared !== items.length)
      review.flag(
        content[0]!,
        'declared-count',
        `${titleText} declares ${declared} items but ${items.length} were read`,
        `${titleText}：标明共${declared}条，读出${items.length}条`,
      );
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
