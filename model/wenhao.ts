/**
 * 文号 (document number), written once for the pipeline, the schemas, the site's search and the
 * bench: reading every variant people print or type, the canonical form, and the canonical form
 * as it stands in clean text (a 文号 line, a citation).
 */

/** A parsed 文号: 机关代字, year and serial number; an order (令) has no year. */
export interface DocNumber {
  /** 机关代字, e.g. 临政办函; for an order the organ and 令, e.g. 临汾市人民政府令. */
  prefix: string;
  /** Year in 〔〕; absent for an order, whose number runs on across years (临汾市人民政府令第8号). */
  year?: number;
  serial: number;
}

/** Brackets around the year: 〔〕 as printed, and what people type instead. */
const OPEN = '〔\\[(（【［﹝';
const CLOSE = '〕\\])）】］﹞';
const VARIANT = new RegExp(`^(\\p{Script=Han}{1,12}?)[${OPEN}]?(\\d{4})[${CLOSE}]?第?(\\d{1,4})号?$`, 'u');
/** An order's number: the organ and 令, 第, the serial, 号 (临汾市人民政府令第8号, 省政府令第294号). */
const ORDER = /^(\p{Script=Han}{1,12}令)第(\d{1,4})号$/u;

/**
 * Canonical 文号 in clean text: 2–8 Han characters, the year in 〔〕, the serial, 号; or an order's
 * number, 临汾市人民政府令第8号.
 */
export const CANONICAL_DOC_NUMBER = /\p{Script=Han}{2,8}〔\d{4}〕\d+号|\p{Script=Han}{1,12}令第\d{1,4}号/u;
const WHOLE_CANONICAL = new RegExp(`^(?:${CANONICAL_DOC_NUMBER.source})$`, 'u');

/** Full-width digits as ASCII (２０２３ → 2023). */
const asciiDigits = (text: string) => text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/**
 * Reads a 文号 in any common variant: 〔〕 [] () （） 【】 ［］ ﹝﹞ or no brackets, spaces anywhere
 * (ASCII or ideographic), full-width digits, with or without 第 and 号; or an order's number
 * (临汾市人民政府令第8号). Returns undefined when the text is not a 文号.
 */
export function parseDocNumber(text: string): DocNumber | undefined {
  const compact = asciiDigits(text.replace(/\s+/g, ''));
  const order = ORDER.exec(compact);
  if (order) return { prefix: order[1]!, serial: Number(order[2]) };
  const m = VARIANT.exec(compact);
  if (!m) return undefined;
  return { prefix: m[1]!, year: Number(m[2]), serial: Number(m[3]) };
}

/** Canonical form of a 文号: 临政发〔2023〕2号, or 临汾市人民政府令第8号 for an order. */
export function formatDocNumber(n: DocNumber): string {
  return n.year === undefined ? `${n.prefix}第${n.serial}号` : `${n.prefix}〔${n.year}〕${n.serial}号`;
}

/** The canonical form of a 文号 typed in any variant, or undefined when the text is not one. */
export function normalizeDocNumber(text: string): string | undefined {
  const parsed = parseDocNumber(text);
  return parsed && formatDocNumber(parsed);
}

/** The place name before an organ's level: 临汾 in 临汾市人民政府令. */
const PLACE = /^\p{Script=Han}*?(?=[省市县区])/u;

/**
 * The form people shorten an order's number to: the place name before the organ's level dropped and
 * 人民政府 said 政府, so 临汾市人民政府令第8号, 临汾市政府令第8号, 市人民政府令第8号 and 市政府令第8号 all
 * read 市政府令第8号. Any other 文号 is its own short form; undefined when the text is not a 文号.
 */
export function shortDocNumber(text: string): string | undefined {
  const parsed = parseDocNumber(text);
  if (!parsed || parsed.year !== undefined) return parsed && formatDocNumber(parsed);
  return formatDocNumber({ ...parsed, prefix: parsed.prefix.replace(PLACE, '').replace('人民政府', '政府') });
}

/** True when the whole text is a 文号 in canonical form (a 文号 line of the source, a record's `number`). */
export function isCanonicalDocNumber(text: string): boolean {
  return WHOLE_CANONICAL.test(text);
}
