/**
 * Small parsers for the numbering conventions of Chinese official documents:
 * Chinese numerals, 文号 (document numbers), 成文日期 (dates) and the ASCII slugs derived
 * from them. Pure functions, tested with explicit tables.
 */
import type { DocNumber } from './wenhao.ts';

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Parses a Chinese numeral up to 99 (一, 十, 十二, 二十, 二十九); returns undefined otherwise. */
export function parseChineseNumeral(text: string): number | undefined {
  if (!/^[〇零一二两三四五六七八九十]+$/.test(text)) return undefined;
  const ten = text.indexOf('十');
  if (ten === -1) return text.length === 1 ? DIGITS[text] : undefined;
  if (text.indexOf('十', ten + 1) !== -1) return undefined;
  const tens = ten === 0 ? 1 : text.length > 0 && ten === 1 ? DIGITS[text[0]!] : undefined;
  const unitsPart = text.slice(ten + 1);
  const units = unitsPart === '' ? 0 : unitsPart.length === 1 ? DIGITS[unitsPart] : undefined;
  if (tens === undefined || units === undefined) return undefined;
  return tens * 10 + units;
}

// 文号 reading and formatting live in wenhao.ts; re-exported for the callers of this module.
export { parseDocNumber, formatDocNumber, type DocNumber } from './wenhao.ts';

/** Pinyin initials of the characters that occur in local 机关代字; extend when a new prefix appears. */
const PREFIX_INITIALS: Record<string, string> = { 临: 'l', 政: 'z', 办: 'b', 发: 'f', 函: 'h', 字: 'z', 通: 't', 令: 'l' };

/** ASCII slug of a 文号, e.g. 临政办函〔2023〕3号 → lzbh-2023-3. Throws on a prefix it cannot spell. */
export function docNumberSlug(n: DocNumber): string {
  const initials = [...n.prefix].map((ch) => {
    const initial = PREFIX_INITIALS[ch];
    if (!initial) throw new Error(`no ASCII initial known for “${ch}” of 文号 prefix ${n.prefix}`);
    return initial;
  });
  return `${initials.join('')}-${n.year}-${n.serial}`;
}

/** Parses a printed 成文日期 such as `2023 年 1 月 31 日` into ISO `2023-01-31`. */
export function parseChineseDate(text: string): string | undefined {
  const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text.replace(/[\s\u3000]+/g, ''));
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
