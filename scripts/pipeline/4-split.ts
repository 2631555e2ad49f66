/**
 * Stage 3, split: cuts an issue's clean lines into its documents.
 *
 * A document is recognised by its 文号 line. The lines just above it hold the title (from the
 * line starting 关于) and above that, optionally, the issuer printed horizontally (临汾市人民政府办公室)
 * or vertically one character per line (临/汾/市/人/民/政/府). A document runs until the next
 * document's header; the first document of an issue may have no issuer header.
 */
import type { SourceLine } from './2-clean.ts';
import { IngestError } from '../lib/messages.ts';
import { isCanonicalDocNumber } from '../../model/wenhao.ts';

export interface DocumentSource {
  /** Source file, for messages. */
  file: string;
  /** Issuer as printed in the header, when the header carries one. */
  headerIssuer?: string;
  /** Lines of the issuer header (vertical or horizontal). */
  issuerLines: SourceLine[];
  /** Lines of the title, from 关于 to the document type. */
  titleLines: SourceLine[];
  /** The 文号 line. */
  numberLine: SourceLine;
  /** Every line after the 文号 line up to the next document. */
  bodyLines: SourceLine[];
}

const ISSUER = /^[\p{Script=Han}]+(人民政府|办公室)$/u;
const MAX_TITLE_LINES = 4;

export function isNumberLine(line: SourceLine): boolean {
  return isCanonicalDocNumber(line.text);
}

/** Index of the first line of the issuer header ending just before `titleStart`, if any. */
function issuerHeaderStart(lines: SourceLine[], titleStart: number, floor: number): number {
  const previous = lines[titleStart - 1];
  if (previous && titleStart - 1 >= floor && ISSUER.test(previous.text) && previous.text.length > 1) return titleStart - 1;
  let start = titleStart;
  while (start - 1 >= floor && [...lines[start - 1]!.text].length === 1) start -= 1;
  const vertical = lines.slice(start, titleStart).map((l) => l.text).join('');
  return start < titleStart && ISSUER.test(vertical) ? start : titleStart;
}

export function splitDocuments(file: string, lines: SourceLine[]): DocumentSource[] {
  const numberIndexes = lines.flatMap((line, i) => (isNumberLine(line) ? [i] : []));
  if (numberIndexes.length === 0) {
    throw new IngestError({ file, line: lines[0]?.no ?? 1 }, 'no-documents', 'no document number (文号) line found: not a gazette issue, or truncated');
  }
  const headers = numberIndexes.map((numberIndex, k) => {
    const floor = k === 0 ? 0 : numberIndexes[k - 1]! + 1;
    let titleStart = numberIndex - 1;
    while (titleStart > floor && numberIndex - titleStart < MAX_TITLE_LINES && !lines[titleStart]!.text.startsWith('关于')) titleStart -= 1;
    if (titleStart < floor || !lines[titleStart]!.text.startsWith('关于')) {
      throw new IngestError({ file, line: lines[numberIndex]!.no }, 'title-not-found', `document ${lines[numberIndex]!.text} has no title starting with 关于 in the ${MAX_TITLE_LINES} lines above its 文号`);
    }
    return { start: issuerHeaderStart(lines, titleStart, floor), titleStart, numberIndex };
  });
  if (headers[0]!.start !== 0) {
    const stray = lines[0]!;
    throw new IngestError({ file, line: stray.no }, 'text-before-first-document', `unrecognised layout: text before the first document header (“${stray.text.slice(0, 20)}”)`);
  }
  return headers.map((h, k) => {
    const issuerLines = lines.slice(h.start, h.titleStart);
    const end = k + 1 < headers.length ? headers[k + 1]!.start : lines.length;
    return {
      file,
      headerIssuer: issuerLines.length ? issuerLines.map((l) => l.text).join('') : undefined,
      issuerLines,
      titleLines: lines.slice(h.titleStart, h.numberIndex),
      numberLine: lines[h.numberIndex]!,
      bodyLines: lines.slice(h.numberIndex + 1, end),
    };
  });
}
