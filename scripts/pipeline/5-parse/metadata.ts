/**
 * The elements of GB/T 9704 around a document's text, each recognised by what it is:
 * 主送机关 (a line of organs ending in a colon), 署名 and 成文日期 (the issuer, or for an order
 * the mayor and his name, followed by a date), 附注 (parenthesised lines after the date, such as
 * （此件公开发布） or （联系人：…）), and the 版记 at the very end (抄送：… and
 * 临汾市人民政府办公室 2023年3月13日印发).
 */
import { joinWrappedLines, type SourceLine } from '../2-clean.ts';
import { CHINESE_DATE, parseChineseDate } from '../../../model/numbers.ts';
import type { DocumentKind } from '../../../model/kinds.ts';
import { endings, ISSUER, ISSUER_NAME, ORGAN_ENDINGS, splitOrgans } from '../../../model/issuers.ts';

/**
 * A piece of a 、 series that is not an addressee of its own: a fragment (委, 办), or an organ word
 * that takes the place of the piece before it (各县（市、区）人民政府、人民法院: the counties' courts).
 */
const SHARED_PLACE = (piece: string) => [...piece].length < 3 || /^人民/.test(piece);

/**
 * Splits 主送机关 at commas, then at 、 outside brackets unless that would leave a piece without a
 * place of its own (市直各室、委、局 and 各县（市、区）人民政府、人民法院 are one addressee each;
 * 市城市管理局、市住建局 are two).
 */
export function splitAddressees(text: string): string[] {
  return text
    .replace(/：$/, '')
    .split(/，/)
    .flatMap((part) => {
      const pieces = part.split(/、(?![^（]*）)/);
      return pieces.some(SHARED_PLACE) ? [part] : pieces;
    })
    .filter(Boolean);
}

/** The last word of an organ's name: 人民政府, 管委会, 局, 单位, 部门, 团体 … */
const ORGAN_END = new RegExp(`(?:${endings(ORGAN_ENDINGS)})$`);

/** A 主送 line names organs only: every piece ends in an organ word (not 经市人民政府研究，决定：). */
export function looksLikeAddressees(text: string): boolean {
  const names = text
    .replace(/：$/, '')
    .replace(/（[^）]*）/g, '')
    .split(/[，、]/);
  return !/[。；]/.test(text) && names.every((n) => n === '' || ORGAN_END.test(n));
}

/** Number of leading body lines that form the 主送 line (0 when there is none): a line of organs ending in a colon, within the first four lines. */
export function addresseeLines(body: SourceLine[], kind: DocumentKind): number {
  if (kind.addressees === 'none') return 0;
  const end = body.findIndex((l, i) => i < 4 && /：$/.test(l.text));
  if (end === -1) return 0;
  const text = joinWrappedLines(body.slice(0, end + 1).map((l) => l.text));
  return looksLikeAddressees(text) ? end + 1 : 0;
}

/** 署名 of an order: the head of government and his name (市长 王建华). */
const SIGNATORY = /^(代?[省市县区州]长|代理[省市县区州]长)\s*([\p{Script=Han}]{2,4})$/u;

export interface Signature {
  /** Index of the first 署名 line in the body. */
  index: number;
  /** Index of the 成文日期's (first) line. */
  dateIndex: number;
  /** Index of the line after the 成文日期. */
  end: number;
  /** The organs signing, in printed order (临汾市人民政府; two or more for a 联合发文); empty for an order. */
  issuers: string[];
  /** For an order: who signs it. */
  signatory?: { post: string; name: string };
  /** 成文日期, ISO. */
  date: string;
}

const compact = (text: string) => text.replace(/[\s\u3000]+/g, '');

/** Whether a 署名 line names organs only (one, or several side by side). */
const organLine = (text: string) => splitOrgans(text).every((name) => ISSUER.test(compact(name)));

/**
 * The 署名 and 成文日期 after `from`: organs followed by a date — the header's organs when the
 * document has a header (on one line side by side, or stacked a line each), any organ otherwise
 * — or for an order the signatory followed by a date. `at`, an editor's hint, names the 署名 line.
 */
export function findSignature(
  body: SourceLine[],
  from: number,
  { order, headerIssuer }: { order: boolean; headerIssuer?: string },
  at?: number,
): Signature | undefined {
  if (at !== undefined) return hintedSignature(body, at, order);
  const header = headerIssuer === undefined ? undefined : compact(headerIssuer);
  for (let i = from; i + 1 < body.length; i += 1) {
    const printedDate = dateLines(body, i + 1);
    if (!printedDate) continue;
    const { date, end } = printedDate;
    // the 署名 is the printed line before the date, or that line alone when the layout took it for a fragment
    const signs = (first: number) => {
      const text = printedLines(body.slice(first, i + 1)).join('');
      return order ? SIGNATORY.test(text) : organLine(text);
    };
    let start = [printedLineStart(body, i, from), i].find(signs) ?? -1;
    if (start === -1) continue;
    const lines = () => printedLines(body.slice(start, i + 1));
    if (order) {
      const m = SIGNATORY.exec(lines().join(''))!;
      return { index: start, dateIndex: i + 1, end, issuers: [], signatory: { post: m[1]!, name: m[2]! }, date };
    }
    // stacked organs: the printed lines above that complete the header's name
    const signed = () => compact(lines().join(''));
    while (header && start > from && signed() !== header && header.endsWith(signed())) {
      const above = printedLineStart(body, start - 1, from);
      if (!organLine(printedLines(body.slice(above, start)).join(''))) break;
      start = above;
    }
    if (header && signed() !== header) continue;
    return { index: start, dateIndex: i + 1, end, issuers: lines().flatMap(splitOrgans), date };
  }
  return undefined;
}

/** Index of the first line of the printed line that `end` ends: the extraction may cut a line's text run (a fragment). */
function printedLineStart(body: SourceLine[], end: number, floor: number): number {
  let start = end;
  while (start > floor && body[start]!.start === 'fragment') start -= 1;
  return start;
}

/** The texts of `lines` a printed line each: a fragment joins the line it continues. */
export function printedLines(lines: SourceLine[]): string[] {
  const texts: string[] = [];
  for (const line of lines) {
    if (texts.length > 0 && line.start === 'fragment') texts[texts.length - 1] += line.text;
    else texts.push(line.text);
  }
  return texts;
}

/**
 * The 成文日期 printed at line `at`: one line, or two when the extraction cut the line's text run
 * (2023 年 4 / 月 20 日). `end` is the index after it.
 */
export function dateLines(body: SourceLine[], at: number): { date: string; end: number } | undefined {
  const one = body[at] && parseChineseDate(body[at].text);
  if (one) return { date: one, end: at + 1 };
  const next = body[at + 1];
  const two = next && /^\d{4}年/.test(body[at]!.text) && parseChineseDate(body[at]!.text + next.text);
  return two ? { date: two, end: at + 2 } : undefined;
}

/** The 署名 an editor's hint places at `at`: its lines up to the first date within four lines. */
function hintedSignature(body: SourceLine[], at: number, order: boolean): Signature | undefined {
  const dateAt = body.findIndex((_, i) => i > at && i <= at + 4 && dateLines(body, i));
  if (dateAt === -1) return undefined;
  const lines = body.slice(at, dateAt);
  const { date, end } = dateLines(body, dateAt)!;
  const signatory = order ? SIGNATORY.exec(lines.map((l) => l.text).join('')) : null;
  if (signatory) return { index: at, dateIndex: dateAt, end, issuers: [], signatory: { post: signatory[1]!, name: signatory[2]! }, date };
  return { index: at, dateIndex: dateAt, end, issuers: lines.flatMap((l) => splitOrgans(l.text)), date };
}

/** Number of lines of the 附注 printed after the date: each a whole parenthesised printed line. */
export function annotationLines(body: SourceLine[], from: number): number {
  let end = from;
  for (;;) {
    // a note is a printed line: the extraction may cut it in fragments (（此件 / 公开发布）)
    let next = end + 1;
    while (next < body.length && body[next]!.start === 'fragment') next += 1;
    if (end >= body.length || !/^（.+）$/.test(printedLines(body.slice(end, next)).join(''))) return end - from;
    end = next;
  }
}

/** Reads a disclosure note (此件公开发布) out of the 附注; the others stay notes. */
export function readAnnotations(lines: SourceLine[]): { disclosure?: string; notes: string[] } {
  const texts = printedLines(lines).map((t) => t.slice(1, -1));
  const disclosure = texts.find((t) => t.startsWith('此件'));
  return { ...(disclosure ? { disclosure } : {}), notes: texts.filter((t) => t !== disclosure) };
}

const COPIED_TO = /^抄送：/;
const PRINTED = new RegExp(`^${ISSUER_NAME}(${CHINESE_DATE})印发$`, 'u');

export interface Colophon {
  /** Index of the first 版记 line in the body. */
  start: number;
  /** Its entries as printed: the 抄送 line (with its wrapped lines), the 印发 line. */
  entries: SourceLine[][];
  /** 抄送机关, in printed order. */
  copiedTo?: string[];
  /** 印发机关和印发日期. */
  printed?: { by: string; date: string };
}

/** The 版记 at the end of a document: 抄送：… (possibly wrapped) and …印发, when printed. */
export function readColophon(body: SourceLine[]): Colophon | undefined {
  const tail = Math.max(0, body.length - 5);
  const copied = body.findIndex((l, i) => i >= tail && COPIED_TO.test(l.text));
  const printedAt = body.findIndex((l, i) => i >= tail && PRINTED.test(l.text.replace(/\s+/g, '')));
  if (copied === -1 && printedAt === -1) return undefined;
  const copiedLines = copied === -1 ? [] : body.slice(copied, printedAt > copied ? printedAt : body.length);
  const printed = printedAt === -1 ? undefined : PRINTED.exec(body[printedAt]!.text.replace(/\s+/g, ''))!;
  const copiedText = joinWrappedLines(copiedLines.map((l) => l.text))
    .replace(COPIED_TO, '')
    .replace(/。$/, '');
  return {
    start: copied === -1 ? printedAt : Math.min(copied, printedAt === -1 ? copied : printedAt),
    entries: [copiedLines, printedAt === -1 ? [] : [body[printedAt]!]].filter((e) => e.length > 0).sort((a, b) => a[0]!.no - b[0]!.no),
    ...(copiedLines.length ? { copiedTo: splitAddressees(copiedText) } : {}),
    ...(printed ? { printed: { by: printed[1]!, date: parseChineseDate(printed[2]!)! } } : {}),
  };
}
