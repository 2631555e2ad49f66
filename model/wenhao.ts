/**
 * 文号 (document number), written once for the pipeline, the schemas, the site's search and the
 * bench: reading every variant people print or type, the canonical form, and the canonical form
 * as it stands in clean text (a 文号 line, a citation).
 */

/** A parsed 文号: 机关代字, year and serial number. */
export interface DocNumber {
  /** 机关代字, e.g. 临政办函. */
  prefix: string;
  year: number;
  serial: number;
}

/** Brackets around the year: 〔〕 as printed, and what people type instead. */
const OPEN = '〔\\[(（【［﹝';
const CLOSE = '〕\\])）】］﹞';
const VARIANT = new RegExp(`^(\\p{Script=Han}{1,12}?)[${OPEN}]?(\\d{4})[${CLOSE}]?第?(\\d{1,4})号?$`, 'u');

/** Canonical 文号 in clean text: 2–8 Han characters, the year in 〔〕, the serial, 号. */
export const CANONICAL_DOC_NUMBER = /\p{Script=Han}{2,8}〔\d{4}〕\d+号/u;
const WHOLE_CANONICAL = new RegExp(`^${CANONICAL_DOC_NUMBER.source}$`, 'u');

/** Full-width digits as ASCII (２０２３ → 2023). */
const asciiDigits = (text: string) => text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/**
 * Reads a 文号 in any common variant: 〔〕 [] () （） 【】 ［］ ﹝﹞ or no brackets, spaces anywhere
 * (ASCII or ideographic), full-width digits, with or without 第 and 号. Returns undefined when the
 * text is not a 文号.
 */
export function parseDocNumber(text: string): DocNumber | undefined {
  const m = VARIANT.exec(asciiDigits(text.replace(/\s+/g, '')));
  if (!m) return undefined;
  return { prefix: m[1]!, year: Number(m[2]), serial: Number(m[3]) };
}

/** Canonical form of a 文号: 临政发〔2023〕2号. */
export function formatDocNumber(n: DocNumber): string {
  return `${n.prefix}〔${n.year}〕${n.serial}号`;
}

/** The canonical form of a 文号 typed in any variant, or undefined when the text is not one. */
export function normalizeDocNumber(text: string): string | undefined {
  const parsed = parseDocNumber(text);
  return parsed && formatDocNumber(parsed);
}

/** True when the whole text is a 文号 in canonical form (a 文号 line of the source, a record's `number`). */
export function isCanonicalDocNumber(text: string): boolean {
  return WHOLE_CANONICAL.test(text);
}
