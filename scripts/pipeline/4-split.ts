/**
 * Stage 3, split: cuts an issue's clean lines into its documents.
 *
 * A document is recognised by its 文号 line: 临政发〔2023〕2号 (a 签发人 may stand beside it), or
 * 第8号 right under an order header (临汾市人民政府令). Above a 〔〕 文号 stands the title, ending in
 * the document's kind (…的通知, …的通告), and above that, optionally, the issuer printed
 * horizontally (临汾市人民政府办公室) or vertically one character per line (临/汾/市/人/民/政/府).
 * The title starts at its 关于, or right under the issuer header when it has no 关于
 * (禁止…的通告). An order has no title of its own: it publishes a regulation, whose title follows
 * its signature. A document runs until the next document's header; the first document of an
 * issue may have no issuer header.
 */
import type { SourceLine } from './2-clean.ts';
import { IngestError, type Location } from '../lib/messages.ts';
import { ISSUER } from '../../model/issuers.ts';
import { CANONICAL_DOC_NUMBER } from '../../model/wenhao.ts';
import { DOCUMENT_KINDS, kindOfTitle } from '../../model/kinds.ts';

export interface DocumentSource {
  /** Source file, for messages. */
  file: string;
  /** Issuer as printed in the header, when the header carries one (without an order's 令). */
  headerIssuer?: string;
  /** Lines of the issuer header (vertical or horizontal); for an order, 临汾市人民政府令. */
  issuerLines: SourceLine[];
  /** True for an order (政府令): header …令, number 第N号, no title of its own. */
  order: boolean;
  /** Lines of the title, from 关于 (or the line under the header) to the document kind; none for an order. */
  titleLines: SourceLine[];
  /** The 文号 line. */
  numberLine: SourceLine;
  /** The 文号 as printed (spaces removed); for an order, the header's organ and 令 before 第N号. */
  numberText: string;
  /** 签发人 printed beside the 文号, if any. */
  signer?: string;
  /** Every line after the 文号 line up to the next document. */
  bodyLines: SourceLine[];
}

const NUMBER_LINE = new RegExp(`^(${CANONICAL_DOC_NUMBER.source})(?:签发人[:：](\\p{Script=Han}{2,4}))?$`, 'u');
const ORDER_NUMBER = /^第\d+号$/;
const ORDER_HEADER = /^([\p{Script=Han}]+(?:人民政府|委员会|局|厅))令$/u;
const MAX_TITLE_LINES = 4;
const KIND_NAMES = DOCUMENT_KINDS.map((k) => k.name).join('、');

const compact = (line: SourceLine) => line.text.replace(/\s+/g, '');

/** Index of the first line of a header matching `pattern` that ends just before `end`, or `end` if none. */
function headerStart(lines: SourceLine[], end: number, floor: number, pattern: RegExp): number {
  const previous = lines[end - 1];
  if (previous && end - 1 >= floor && [...previous.text].length > 1) {
    if (!pattern.test(compact(previous))) return end;
    // A 联合发文's second organ stacked under the first; not the last of a list of organs.
    const [above, aboveThat] = [lines[end - 2], end - 3 >= floor ? lines[end - 3] : undefined];
    const stacked = above && end - 2 >= floor && ISSUER.test(compact(above)) && !(aboveThat && ISSUER.test(compact(aboveThat)));
    return stacked ? end - 2 : end - 1;
  }
  let start = end;
  while (start - 1 >= floor && [...lines[start - 1]!.text].length === 1) start -= 1;
  const vertical = lines
    .slice(start, end)
    .map((l) => l.text)
    .join('');
  return start < end && pattern.test(vertical) ? start : end;
}

interface Header {
  start: number;
  titleStart: number;
  numberIndex: number;
  order: boolean;
}

const ABOUT = /^(?:[\p{Script=Han}]+(?:人民政府|办公室))?关于/u;

/**
 * The title above a 〔〕 文号: under the nearest issuer header, from its 关于 if it has one; with
 * no header, from the nearest 关于. (A title line ending in 人民政府 is no header: it opens with 关于.)
 */
function titleStart(lines: SourceLine[], numberIndex: number, floor: number): number | undefined {
  const window = Math.max(floor, numberIndex - MAX_TITLE_LINES);
  const about = (from: number) => {
    for (let s = numberIndex - 1; s >= from; s -= 1) if (ABOUT.test(lines[s]!.text)) return s;
    return undefined;
  };
  for (let s = numberIndex - 1; s >= window; s -= 1) {
    if (!ABOUT.test(lines[s - 1]?.text ?? '') && headerStart(lines, s, floor, ISSUER) < s) return about(s) ?? s;
  }
  return about(window);
}

/**
 * `starts` are an editor's document-start hints (content/source/<id>.hints.yaml): the source line
 * where a document's header begins, where the layout does not show it.
 */
export function splitDocuments(file: string, lines: SourceLine[], starts: DocumentStart[] = []): DocumentSource[] {
  const found: { index: number; order: boolean }[] = [];
  lines.forEach((line, i) => {
    if (NUMBER_LINE.test(compact(line))) found.push({ index: i, order: false });
    else if (ORDER_NUMBER.test(compact(line)) && headerStart(lines, i, 0, ORDER_HEADER) < i) found.push({ index: i, order: true });
  });
  if (found.length === 0) {
    throw new IngestError(
      { file, line: lines[0]?.no ?? 1 },
      'no-documents',
      'no document number (文号) line found: not a gazette issue, or truncated',
    );
  }
  const headers: Header[] = found.map(({ index, order }, k) => {
    const floor = k === 0 ? 0 : found[k - 1]!.index + 1;
    const numberLine = lines[index]!;
    if (order) {
      const start = headerStart(lines, index, floor, ORDER_HEADER);
      return { start, titleStart: index, numberIndex: index, order };
    }
    const s = titleStart(lines, index, floor);
    const title =
      s === undefined
        ? ''
        : lines
            .slice(s, index)
            .map((l) => l.text)
            .join('');
    if (s === undefined || !kindOfTitle(title)) {
      throw new IngestError(
        { file, line: numberLine.no },
        'title-not-found',
        `document ${numberLine.text}: expected its title in the ${MAX_TITLE_LINES} lines above the 文号 — starting with 关于 or right under the issuer header, and ending in a document kind (${KIND_NAMES})`,
      );
    }
    return { start: headerStart(lines, s, floor, ISSUER), titleStart: s, numberIndex: index, order };
  });
  if (headers[0]!.start !== 0) {
    const stray = lines[0]!;
    throw new IngestError(
      { file, line: stray.no },
      'text-before-first-document',
      `unrecognised layout: text before the first document header (“${stray.text.slice(0, 20)}”); expected an issuer (临汾市人民政府), a title ending in a document kind and a 文号, or an order header (…人民政府令) and 第N号`,
    );
  }
  const documents = headers.map((h, k): DocumentSource => {
    const issuerLines = lines.slice(h.start, h.titleStart);
    const printedHeader = issuerLines.map((l) => l.text).join('');
    const numberLine = lines[h.numberIndex]!;
    const end = k + 1 < headers.length ? headers[k + 1]!.start : lines.length;
    const printed = NUMBER_LINE.exec(compact(numberLine));
    return {
      file,
      headerIssuer: issuerLines.length ? (h.order ? ORDER_HEADER.exec(printedHeader)![1] : printedHeader) : undefined,
      issuerLines,
      order: h.order,
      titleLines: lines.slice(h.titleStart, h.numberIndex),
      numberLine,
      numberText: h.order ? printedHeader + compact(numberLine) : printed![1]!,
      ...(printed?.[2] ? { signer: printed[2] } : {}),
      bodyLines: lines.slice(h.numberIndex + 1, end),
    };
  });
  return startDocumentsAt(documents, lines, starts);
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
    };
  }
  return documents;
}
