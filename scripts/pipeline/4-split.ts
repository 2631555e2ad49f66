/**
 * Stage 4, split: cuts an issue's clean lines into its documents (the cover and 目录 before the
 * first one are read by 4-cover.ts).
 *
 * A document starts where several signals agree:
 * - its 文号 line: 临政发〔2023〕2号 (a 签发人 may stand beside it), or 第8号 right under an order
 *   header (临汾市人民政府令);
 * - above a 〔〕 文号, its title, ending in the document's kind (…的通知, …的意见), from its 关于
 *   or from the line right under the header;
 * - above the title, the issuer header: one organ per line, several on one line
 *   (临汾市人民政府 临汾市中级人民法院: a 联合发文), a department's header (…委员会文件), or each
 *   organ printed vertically one character per line. A vertical header spells whole organ names:
 *   single characters above them that do not (the tail of the previous document's last line,
 *   “…局” / “长”) stay with the previous document.
 * - without a header, the title must open the text, a page, or follow the previous document's
 *   end (its date, 附注 or 印发 line). A 文号 with neither above it is a citation inside a list,
 *   a table or a sentence, never a document start.
 * A 政策解读 (《…》政策解读, 关于《…》的政策解读) has no 文号: it starts at its title, on the
 * same signals as a title without a header. An order has no title of its own: it publishes a
 * regulation, whose title follows its signature. A document runs until the next one starts.
 */
import type { SourceLine } from './2-clean.ts';
import { joinWrappedLines } from './2-clean.ts';
import { IngestError, type Location, type MessageLog } from '../lib/messages.ts';
import { endings, FULL_ISSUER, ORDER_ISSUER_ENDINGS, organNames, TITLE_ISSUER_ENDINGS } from '../../model/issuers.ts';
import { CANONICAL_DOC_NUMBER } from '../../model/wenhao.ts';
import { CHINESE_DATE, parseChineseDate } from '../../model/numbers.ts';
import { DOCUMENT_KINDS, INTERPRETATION_TITLE, kindOfTitle } from '../../model/kinds.ts';

export interface DocumentSource {
  /** Source file, for messages. */
  file: string;
  /** The organs printed in the header, run together as printed, when the document has one (without an order's 令 or a 文件 mark). */
  headerIssuer?: string;
  /** Every organ printed in the header, in printed order (two or more for a 联合发文). */
  headerIssuers: string[];
  /** Lines of the issuer header (vertical or horizontal); for an order, 临汾市人民政府令. */
  issuerLines: SourceLine[];
  /** True for an order (政府令): header …令, number 第N号, no title of its own. */
  order: boolean;
  /** Lines of the title, from 关于 (or the line under the header) to the document kind; none for an order. */
  titleLines: SourceLine[];
  /** The 文号 line; for a 政策解读, which has none, the last line of its title. */
  numberLine: SourceLine;
  /** The 文号 as printed (spaces removed); for an order, the header's organ and 令 before 第N号; empty for a 政策解读. */
  numberText: string;
  /** For a 政策解读: the title of the document it interprets, as its own title names it in 《》. */
  interprets?: string;
  /** 签发人 printed beside the 文号, if any. */
  signer?: string;
  /** Every line after the 文号 line (for a 政策解读, after its title) up to the next document. */
  bodyLines: SourceLine[];
}

const NUMBER_LINE = new RegExp(`^(${CANONICAL_DOC_NUMBER.source})(?:签发人：(\\p{Script=Han}{2,4}))?$`, 'u');
const ORDER_NUMBER = /^第\d+号$/;
const ORDER_HEADER = new RegExp(`^(\\p{Script=Han}+(?:${endings(ORDER_ISSUER_ENDINGS)}))令$`, 'u');
/** A title's first line: 关于…, or an organ (or organs side by side) and 关于. */
const ABOUT = new RegExp(`^(?:[\\p{Script=Han} ]+(?:${endings(TITLE_ISSUER_ENDINGS)}))?关于`, 'u');
/** The mark after a department's (or any organ's) name in a header: 临汾市发展和改革委员会文件. */
const HEADER_MARK = '文件';
const MAX_TITLE_LINES = 4;
const KIND_NAMES = DOCUMENT_KINDS.map((k) => k.name).join('、');

const compact = (line: SourceLine) => line.text.replace(/\s+/g, '');
const isSingle = (line: SourceLine | undefined) => !!line && [...compact(line)].length === 1;

/** Whole lines that name organs only (落款, headers): the names a vertical header is read against. */
function printedOrgans(lines: SourceLine[]): Set<string> {
  const known = new Set<string>();
  for (const line of lines) {
    const pieces = line.text.split(/\s+/);
    if (pieces.every((p) => FULL_ISSUER.test(p))) for (const p of pieces) known.add(p);
  }
  return known;
}

interface Header {
  /** Index of the header's first line. */
  start: number;
  /** Organs in printed order. */
  organs: string[];
}

/** The organs a horizontal header line prints (with a 文件 mark after them, or the mark alone), if it is one. */
function headerLineOrgans(text: string, known: ReadonlySet<string>): string[] | undefined {
  if (text === HEADER_MARK) return [];
  const names = text.endsWith(HEADER_MARK) ? text.slice(0, -HEADER_MARK.length) : text;
  return names === '' ? undefined : organNames(names, known);
}

/**
 * The run of single-character lines ending at `end` (exclusive), read as organ names: the longest
 * tail of it that spells organs printed elsewhere in the issue; else the tail from the last
 * character the extraction did not set apart as a fragment of the same printed column (a vertical
 * header's characters after its first follow a one-space line); else the longest tail that spells
 * organ names at all. Characters above that tail are not the header's.
 */
function verticalHeader(lines: SourceLine[], end: number, floor: number, known: ReadonlySet<string>): Header | undefined {
  let top = end;
  while (top - 1 >= floor && isSingle(lines[top - 1])) top -= 1;
  const chars = lines.slice(top, end).map(compact);
  const read = (start: number) => {
    const organs = headerLineOrgans(chars.slice(start - top).join(''), known);
    return organs && organs.length > 0 ? { start, organs } : undefined;
  };
  const tails = Array.from({ length: Math.max(0, end - 1 - top) }, (_, k) => read(top + k)).filter((h) => h !== undefined);
  const columnStart =
    top +
    Math.max(
      0,
      lines.slice(top, end).findLastIndex((l) => l.mark !== 1),
    );
  return tails.find((h) => h.organs.every((o) => known.has(o))) ?? tails.find((h) => h.start === columnStart) ?? tails[0];
}

/**
 * The issuer header ending just before line `end`: stacked header lines (one organ each, several
 * side by side, a 文件 mark) and vertical runs, read upwards as long as they name organs.
 */
function headerAbove(lines: SourceLine[], end: number, floor: number, known: ReadonlySet<string>): Header | undefined {
  let header: Header | undefined;
  let cursor = end;
  while (cursor - 1 >= floor) {
    const line = lines[cursor - 1]!;
    const organs = isSingle(line) ? undefined : headerLineOrgans(line.text, known);
    const piece = isSingle(line) ? verticalHeader(lines, cursor, floor, known) : organs && { start: cursor - 1, organs };
    if (!piece) break;
    header = { start: piece.start, organs: [...piece.organs, ...(header?.organs ?? [])] };
    cursor = piece.start; // characters left above a vertical header are another organ's, or the previous document's
  }
  return header && header.organs.length > 0 ? header : undefined;
}

/**
 * Where the title above a 〔〕 文号 starts: under the nearest issuer header, from its 关于 if it
 * has one; with no header, at the nearest 关于. A title line ending in an organ's name is no header
 * when the line above opens the title (关于…).
 */
function titleStart(lines: SourceLine[], numberIndex: number, floor: number, known: ReadonlySet<string>): number | undefined {
  const window = Math.max(floor, numberIndex - MAX_TITLE_LINES);
  const about = (from: number) => {
    for (let s = numberIndex - 1; s >= from; s -= 1) if (ABOUT.test(lines[s]!.text)) return s;
    return undefined;
  };
  for (let s = numberIndex - 1; s >= window; s -= 1) {
    if (!ABOUT.test(lines[s - 1]?.text ?? '') && headerAbove(lines, s, floor, known)) return about(s) ?? s;
  }
  return about(window);
}

/** The 版记's 印发 line: …2023年5月8日印发. */
const PRINTED_ON = new RegExp(`${CHINESE_DATE}印发$`, 'u');

/** The previous document's last line: its date, a 附注 under it, or the 印发 line of its 版记. */
const ENDS_DOCUMENT = (line: SourceLine) => !!parseChineseDate(line.text) || /^（.+）$/.test(line.text) || PRINTED_ON.test(compact(line));

/** Whether a document without a header can start at line `s`: the text opens there, or a page, or the previous document has just ended. */
function opensDocument(lines: SourceLine[], s: number, first: boolean, frontEnd: (line: SourceLine) => boolean): boolean {
  if (s === 0 || lines[s]!.pageStart) return true;
  const previous = lines[s - 1]!;
  return ENDS_DOCUMENT(previous) || (first && frontEnd(previous));
}

/** A 政策解读's title at line `i` (one to three lines), with the title it names, if one starts there. */
function interpretationAt(lines: SourceLine[], i: number): { end: number; interprets: string } | undefined {
  for (let end = i + 1; end <= Math.min(lines.length, i + 3); end += 1) {
    const m = INTERPRETATION_TITLE.exec(joinWrappedLines(lines.slice(i, end).map((l) => l.text)));
    if (m) return { end, interprets: m[1]! };
  }
  return undefined;
}

interface Start {
  /** First line of the document (header, or title). */
  start: number;
  titleStart: number;
  /** Index of the 文号 line; for a 政策解读, of its title's last line. */
  numberIndex: number;
  order: boolean;
  organs: string[];
  interprets?: string;
}

/**
 * The issue's documents, in printed order. `isFrontMatter` tells a line of the cover or 目录 (the
 * imprint under the 目录), after which a first document without a header may start. Only a text
 * with no document at all (no 文号, no 政策解读) is refused; an unusual start is read as well as it can be, with a warning.
 * `hinted` are an editor's document-start hints (content/source/<id>.hints.yaml): the source line
 * where a document's header begins, where the layout does not show it.
 */
export function splitDocuments(
  file: string,
  lines: SourceLine[],
  log?: MessageLog,
  isFrontMatter: (line: SourceLine) => boolean = () => false,
  hinted: DocumentStart[] = [],
): DocumentSource[] {
  const known = printedOrgans(lines);
  // An editor's document start between the previous document and a title vouches for it as a header does.
  const hintedAt = hinted.map(({ line }) => lines.findIndex((l) => l.no >= line));
  const hintedAbove = (s: number, floor: number) => hintedAt.some((h) => h >= floor && h <= s);
  const starts: Start[] = [];
  const floorAfter = () => (starts.length ? starts[starts.length - 1]!.numberIndex + 1 : 0);
  for (let i = 0; i < lines.length; i += 1) {
    const floor = floorAfter();
    const text = compact(lines[i]!);
    const interpretation = interpretationAt(lines, i);
    // A 政策解读's title is a line of its own: not the wrapped tail of a sentence.
    const standsAlone = (line: SourceLine) => line.start !== 'wrap' && line.start !== 'fragment';
    // It follows a document (the one it interprets), or opens the text: a 目录 entry that names it is no start.
    if (interpretation && (i === 0 || (starts.length > 0 && (standsAlone(lines[i]!) || opensDocument(lines, i, false, isFrontMatter))))) {
      const numberIndex = interpretation.end - 1;
      starts.push({ start: i, titleStart: i, numberIndex, order: false, organs: [], interprets: interpretation.interprets });
      i = numberIndex;
      continue;
    }
    if (ORDER_NUMBER.test(text)) {
      const header = lines[i - 1] && i - 1 >= floor ? ORDER_HEADER.exec(compact(lines[i - 1]!)) : null;
      const vertical = header ? undefined : orderVertical(lines, i, floor);
      if (header || vertical) {
        const start = header ? i - 1 : vertical!.start;
        starts.push({ start, titleStart: i, numberIndex: i, order: true, organs: [header?.[1] ?? vertical!.organ] });
      }
      continue;
    }
    if (!NUMBER_LINE.test(text)) continue;
    const s = titleStart(lines, i, floor, known);
    const header = s === undefined ? undefined : headerAbove(lines, s, floor, known);
    const title = s === undefined ? '' : joinWrappedLines(lines.slice(s, i).map((l) => l.text));
    if (s !== undefined && kindOfTitle(title)) {
      if (header || hintedAbove(s, floor) || opensDocument(lines, s, starts.length === 0, isFrontMatter))
        starts.push({ start: header?.start ?? s, titleStart: s, numberIndex: i, order: false, organs: header?.organs ?? [] });
      // A 文号 under a title but after neither a header nor a document's end: a citation. A 关于 title
      // under a line that could name an organ (Han only, no sentence) may still open a document under
      // a header of a shape the split does not know (…指挥部): say so.
      else if (starts.length > 0 && title.startsWith('关于') && /^\p{Script=Han}{4,}$/u.test(compact(lines[s - 1]!)))
        log?.warn(
          { file, line: lines[i]!.no },
          'document-start',
          `${lines[i]!.text} under the title “${title}” is read as a citation, not a document: no header or document end above it; if a document starts here, give a document-start hint`,
        );
      continue;
    }
    const direct = headerNear(lines, i, floor, known);
    if (direct) {
      // A header and a 文号 are a document start even when the title between them ends in no kind.
      log?.warn(
        { file, line: lines[i]!.no },
        'title-not-found',
        `document ${lines[i]!.text}: its title does not end in a document kind (${KIND_NAMES}); read as the lines between its header and its 文号`,
      );
      starts.push({
        start: direct.header.start,
        titleStart: direct.titleStart,
        numberIndex: i,
        order: false,
        organs: direct.header.organs,
      });
    }
  }
  if (starts.length === 0) {
    throw new IngestError(
      { file, line: lines[0]?.no ?? 1 },
      'no-documents',
      'no document number (文号) line found: not a gazette issue, or truncated',
    );
  }
  const documents = starts.map((h, k): DocumentSource => {
    const issuerLines = lines.slice(h.start, h.titleStart);
    const numberLine = lines[h.numberIndex]!;
    const end = k + 1 < starts.length ? starts[k + 1]!.start : lines.length;
    const printed = NUMBER_LINE.exec(compact(numberLine));
    const header = { headerIssuers: h.organs, ...(h.organs.length ? { headerIssuer: h.organs.join('') } : {}) };
    if (h.interprets !== undefined) {
      return {
        file,
        ...header,
        issuerLines,
        order: false,
        titleLines: lines.slice(h.titleStart, h.numberIndex + 1),
        numberLine,
        numberText: '',
        interprets: h.interprets,
        bodyLines: lines.slice(h.numberIndex + 1, end),
      };
    }
    return {
      file,
      ...header,
      issuerLines,
      order: h.order,
      titleLines: lines.slice(h.titleStart, h.numberIndex),
      numberLine,
      numberText: h.order ? issuerLines.map(compact).join('') + compact(numberLine) : printed![1]!,
      ...(printed?.[2] ? { signer: printed[2] } : {}),
      bodyLines: lines.slice(h.numberIndex + 1, end),
    };
  });
  return startDocumentsAt(documents, lines, hinted);
}

/** An editor's hint that a document starts at source line `line`; `at` is where the hint is written. */
export interface DocumentStart {
  line: number;
  at: Location;
}

/**
 * Moves the start of the document whose 文号 follows each hinted line to that line: the lines
 * from there to its title are its issuer header, the lines before it end the previous document.
 */
export function startDocumentsAt(documents: DocumentSource[], lines: SourceLine[], starts: DocumentStart[]): DocumentSource[] {
  const indexOf = (line: SourceLine) => lines.indexOf(line);
  for (const { line, at } of starts) {
    const start = lines.findIndex((l) => l.no >= line);
    const k = documents.findIndex((d) => start !== -1 && indexOf(d.numberLine) >= start);
    const doc = documents[k];
    if (!doc || k === 0 || indexOf(documents[k - 1]!.numberLine) >= start)
      throw new IngestError(at, 'hint', `no document 文号 follows line ${line} before the next document's: a document cannot start there`);
    const previous = documents[k - 1]!;
    const header = lines.slice(start, indexOf(doc.numberLine));
    const titleLines = doc.titleLines.filter((l) => header.includes(l));
    const issuerLines = header.slice(0, titleLines.length ? header.indexOf(titleLines[0]!) : header.length);
    const issuerText = issuerLines.map((l) => l.text).join('');
    documents[k - 1] = { ...previous, bodyLines: lines.slice(indexOf(previous.numberLine) + 1, start) };
    documents[k] = {
      ...doc,
      issuerLines,
      titleLines,
      headerIssuer: issuerLines.length === 0 ? undefined : doc.order ? doc.headerIssuer : issuerText,
      headerIssuers: issuerLines.length === 0 ? [] : doc.order ? doc.headerIssuers : [issuerText],
    };
  }
  return documents;
}

/** An order header printed vertically above 第N号 (临/汾/…/令). */
function orderVertical(lines: SourceLine[], end: number, floor: number): { start: number; organ: string } | undefined {
  let top = end;
  while (top - 1 >= floor && isSingle(lines[top - 1])) top -= 1;
  for (let start = top; start < end - 1; start += 1) {
    const m = ORDER_HEADER.exec(lines.slice(start, end).map(compact).join(''));
    if (m) return { start, organ: m[1]! };
  }
  return undefined;
}

/** A header within the title window above a 文号 whose title ends in no kind: the lines between are its title. */
function headerNear(
  lines: SourceLine[],
  numberIndex: number,
  floor: number,
  known: ReadonlySet<string>,
): { header: Header; titleStart: number } | undefined {
  for (let s = numberIndex - 1; s >= Math.max(floor + 1, numberIndex - MAX_TITLE_LINES); s -= 1) {
    const header = headerAbove(lines, s, floor, known);
    if (header) return { header, titleStart: s };
  }
  return undefined;
}

/** The first line of the documents (where the text before them, the cover and 目录, ends). */
export function firstDocumentLine(documents: DocumentSource[]): SourceLine {
  const first = documents[0]!;
  return first.issuerLines[0] ?? first.titleLines[0] ?? first.numberLine;
}
