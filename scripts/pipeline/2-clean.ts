/**
 * Stage 2, clean: from raw extracted text to clean lines.
 *
 * Normalizations, each named, documented here and tested in tests/clean.test.ts:
 * - `page-furniture`: page numbers (—11—), running heads (2 / 2023 临汾市人民政府公报 ·市政府文件·)
 *   and table headers repeated after a page break are removed from the text; what they say is
 *   kept as data: each line's printed page and the section its running head names (`placeLines`).
 * - `letter-spacing`: a gap holding an ideographic space between two single characters is
 *   typesetting that spreads a short word to a fixed width (组　 长, 杨　 楠, 通　 　 知) and is removed.
 * - `column-gap`: any other gap holding an ideographic space separates columns (name　 title) and
 *   becomes one space.
 * - `pdf-spacing`: other spaces are removed unless they stand between two ASCII letters or digits
 *   (4. 3 米 → 4.3米, 〔 2019〕 35 号 → 〔2019〕35号, 税务 Ukey → 税务Ukey, CCC 免办 → CCC免办).
 * - `fullwidth-punctuation`: the extraction turned the gazette's full-width , ; : ( ) ? ! into
 *   ASCII; they are restored (a comma or colon between two digits is left alone: 1,000, 10:30).
 * - `compatibility-forms`: the extraction's small and vertical presentation forms of punctuation
 *   (﹐ ﹑ ﹔ ﹕ ︓ …, U+FE10–FE6F) are folded to the standard character by NFKC (﹐ → , → ，).
 * - `line-unwrapping`: hard-wrapped lines of one paragraph or cell are joined with nothing, as
 *   Chinese text has no spaces between words (a space is kept between two Latin letters).
 *
 * Whitespace-only lines are not content, but they are layout: the extraction writes the leading
 * indent of a printed line as a line of spaces of its own just before it. Their width is kept on
 * the next line (`mark`) for the layout stage.
 */
import type { Location } from '../lib/messages.ts';
import type { LineStart } from './3-layout.ts';
import { toFullwidthPunctuation } from '../../model/punctuation.ts';

/** One non-blank line of the source, as extracted. */
export interface SourceLine {
  /** 1-based line number in the source file. */
  no: number;
  /** The line exactly as in the file. */
  raw: string;
  /** Text after the spacing and punctuation normalizations. */
  text: string;
  /** Number of raw lines (blank or whitespace-only) since the previous non-blank line. */
  gap: number;
  /** The line starts with a space: the extraction's mark of the first line of a page. */
  pageStart: boolean;
  /**
   * Spaces on the widest whitespace-only raw line since the previous non-blank line (0 if none):
   * 1 marks a break between two fragments of text, 2 or more the indent of a printed line.
   */
  mark: number;
  /** How the line starts relative to the one before, as read by the layout stage. */
  start?: LineStart;
  /** Printed width in em, as measured by the layout stage. */
  width?: number;
  /** Width in em of the text column around the line, as measured by the layout stage. */
  column?: number;
  /** The printed page(s) the line can be on, as the page numbers tell (`placeLines`); absent when none is printed. */
  page?: PrintedPages;
  /** The section (目录 name) of the last running head printed before the line, and that head's line number. */
  runningHead?: { section: string; line: number };
}

/**
 * Printed pages: `first` to `last`. One page where the page numbers pin it (first = last); a range
 * where furniture between two page numbers was lost; `last` absent after the last page number.
 */
export interface PrintedPages {
  first: number;
  last?: number;
}

/** A line removed as page furniture, kept for the conservation report. */
export interface FurnitureLine {
  no: number;
  raw: string;
  rule: 'page-number' | 'running-head' | 'repeated-table-header';
  /** The number a page-number line prints (—11— → 11). */
  page?: number;
  /** The section a running head names between its dots (·市政府文件· → 市政府文件). */
  section?: string;
}

export interface CleanResult {
  lines: SourceLine[];
  furniture: FurnitureLine[];
}

const IDEOGRAPHIC_GAP = /[ \t]*\u3000[ \t\u3000]*/g;
const ASCII_WORD = /[A-Za-z0-9]/;

/** `letter-spacing` and `column-gap`: resolves every gap that holds an ideographic space. */
export function collapseIdeographicGaps(line: string, columnGap = ' '): string {
  const parts = line.trim().split(IDEOGRAPHIC_GAP);
  let out = parts[0] ?? '';
  for (const next of parts.slice(1)) {
    const lastWord = out.split(/[:：\s]/).pop() ?? '';
    const firstWord = next.split(/[:：\s]/)[0] ?? '';
    const spreadWord = [...lastWord].length === 1 && [...firstWord].length === 1;
    out += spreadWord ? next : columnGap + next;
  }
  return out;
}

/** `pdf-spacing`: drops ASCII spaces except one between two ASCII letters or digits. */
export function repairPdfSpacing(text: string): string {
  return text.replace(/ +/g, (run, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + run.length] ?? '';
    return ASCII_WORD.test(before) && ASCII_WORD.test(after) ? ' ' : '';
  });
}

/** `fullwidth-punctuation`: restores the full-width punctuation the extraction made ASCII (model/punctuation.ts). */
export const restoreFullwidthPunctuation = toFullwidthPunctuation;

const PRESENTATION_FORMS = /[\uFE10-\uFE19\uFE30-\uFE4F\uFE50-\uFE6F]/g;

/**
 * `compatibility-forms`: small and vertical punctuation forms → the standard character. A form
 * whose compatibility decomposition is more than one character (︰ → ..) stays as printed.
 */
export function foldCompatibilityForms(text: string): string {
  return text.replace(PRESENTATION_FORMS, (ch) => {
    const folded = ch.normalize('NFKC');
    return [...folded].length === 1 ? folded : ch;
  });
}

/** All in-line normalizations of one extracted line, in order. */
export function normalizeLine(raw: string): string {
  // Column gaps travel as NUL through pdf-spacing, which would otherwise remove them.
  const gapsResolved = collapseIdeographicGaps(foldCompatibilityForms(raw).replace(/\t/g, ' '), '\u0000');
  return restoreFullwidthPunctuation(repairPdfSpacing(gapsResolved.trim())).replace(/\u0000/g, ' ');
}

/** `line-unwrapping`: joins the normalized lines of one paragraph or cell. */
export function joinWrappedLines(texts: string[]): string {
  let out = '';
  for (const text of texts) {
    const glue = /[A-Za-z]$/.test(out) && /^[A-Za-z]/.test(text) ? ' ' : '';
    out += glue + text;
  }
  return out;
}

export interface FurnitureRules {
  /** Gazette name as printed in the running heads. */
  gazette: string;
}

const PAGE_NUMBER = /^—(\d+)—$/;
const HEAD_SECTION = /·([^·]+)·/;

/** Classifies a raw line as page furniture, or returns undefined for content. */
export function furnitureRule(raw: string, rules: FurnitureRules): FurnitureLine['rule'] | undefined {
  const compact = raw.replace(/[\s\u3000]+/g, '');
  if (PAGE_NUMBER.test(compact)) return 'page-number';
  if (compact.includes(rules.gazette) && HEAD_SECTION.test(compact) && /\d+\/\d{4}/.test(compact)) return 'running-head';
  return undefined;
}

/**
 * Splits the source into non-blank lines, removes page furniture and normalizes each line.
 * A table header (a line starting 序号) printed again after a page break is furniture.
 */
export function cleanSource(text: string, rules: FurnitureRules): CleanResult {
  const rawLines = text.replace(/\r\n?/g, '\n').split('\n');
  const lines: SourceLine[] = [];
  const furniture: FurnitureLine[] = [];
  const tableHeaders = new Set<string>();
  let gap = 0;
  let mark = 0;
  rawLines.forEach((raw, index) => {
    const no = index + 1;
    if (raw.trim() === '') {
      gap += 1;
      mark = Math.max(mark, raw.length);
      return;
    }
    const rule = furnitureRule(raw, rules) ?? repeatedHeader(raw, tableHeaders);
    if (rule) {
      furniture.push({ no, raw, rule, ...furnitureData(raw, rule) });
      mark = 0; // a mark before a running head belongs to it, not to the next page's first line
      return;
    }
    lines.push({ no, raw, text: normalizeLine(raw), gap, pageStart: /^[ \u3000]/.test(raw) && !/^[ \u3000]{2}/.test(raw), mark });
    gap = 0;
    mark = 0;
  });
  return { lines: placeLines(lines, furniture), furniture };
}

/** What a furniture line says: the number of a page-number line, the section of a running head. */
function furnitureData(raw: string, rule: FurnitureLine['rule']): Pick<FurnitureLine, 'page' | 'section'> {
  const compact = raw.replace(/[\s\u3000]+/g, '');
  if (rule === 'page-number') return { page: Number(PAGE_NUMBER.exec(compact)![1]) };
  if (rule === 'running-head') return { section: HEAD_SECTION.exec(compact)![1]! };
  return {};
}

/**
 * Each line's printed page and running head, from the furniture. A page number —N— is printed at
 * the foot of page N, so a line between —M— and —N— is on page M+1 (the page the running head
 * after —M— opens) to N: exactly one page where each page's furniture survived the extraction, the
 * narrowest range the numbers allow where some was lost. A line before the first number is on page
 * 1 to N; one after the last, on M+1 or later.
 */
export function placeLines(lines: SourceLine[], furniture: FurnitureLine[]): SourceLine[] {
  const numbers = furniture.filter((f) => f.page !== undefined);
  const heads = furniture.filter((f) => f.section !== undefined);
  if (numbers.length === 0 && heads.length === 0) return lines;
  return lines.map((line) => {
    const before = numbers.findLast((f) => f.no < line.no);
    const after = numbers.find((f) => f.no > line.no);
    const head = heads.findLast((f) => f.no < line.no);
    const page = numbers.length ? { first: before ? before.page! + 1 : 1, ...(after ? { last: after.page! } : {}) } : undefined;
    return { ...line, ...(page ? { page } : {}), ...(head ? { runningHead: { section: head.section!, line: head.no } } : {}) };
  });
}

function repeatedHeader(raw: string, seen: Set<string>): FurnitureLine['rule'] | undefined {
  const compact = raw.replace(/[\s\u3000]+/g, '');
  if (!compact.startsWith('序号')) return undefined;
  if (seen.has(compact)) return 'repeated-table-header';
  seen.add(compact);
  return undefined;
}

/** Location of a line, for messages. */
export function at(file: string, line: { no: number }): Location {
  return { file, line: line.no };
}
