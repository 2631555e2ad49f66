/**
 * Small parsers for the numbering conventions of Chinese official documents: Chinese numerals
 * and 成文日期 (dates). (文号 are read in wenhao.ts, their URL codes kept in prefixes.ts.) Pure
 * functions, tested with explicit tables.
 */

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const NUMERAL =
  /^(?:([一二两三四五六七八九])千)?(零)?(?:([一二两三四五六七八九])百)?(零)?(?:([一二两三四五六七八九])?(十))?([一二三四五六七八九])?$/;

/**
 * Parses a Chinese numeral below 10,000 as articles and headings are numbered (一, 十二, 二十,
 * 一百零一, 一百一十, 二千零三); returns undefined for anything else. A bare 十 (= 一十) opens
 * a numeral only (十二, not 一百十二); a skipped place is written 零 (一百零一, not 一百一).
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (text.length === 1 && text in DIGITS) return DIGITS[text];
  const m = NUMERAL.exec(text);
  if (!m || text === '') return undefined;
  const [, thousands, zeroAfterThousands, hundreds, zeroAfterHundreds, tensDigit, ten, units] = m;
  const tens = ten ? (tensDigit ?? (thousands || hundreds || zeroAfterThousands ? undefined : '一')) : undefined;
  if (ten && !tens) return undefined;
  const lower = !!(tens || units);
  if (!!zeroAfterThousands !== (!!thousands && !hundreds && lower)) return undefined;
  if (!!zeroAfterHundreds !== (!!hundreds && !tens && !!units)) return undefined;
  const place = (digit: string | undefined, power: number) => (digit ? DIGITS[digit]! * power : 0);
  return place(thousands, 1000) + place(hundreds, 100) + place(tens, 10) + place(units, 1);
}

const NUMERALS = '〇一二三四五六七八九';
const PLACES = '千百十';

/**
 * A number from 1 to 9,999 as articles are numbered, the inverse of parseChineseNumeral: 12 → 十二,
 * 20 → 二十, 101 → 一百零一, 110 → 一百一十.
 */
export function formatChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`${n} is not a whole number from 1 to 9999`);
  const digits = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = '';
  let skipped = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      skipped ||= out !== '';
      return;
    }
    if (skipped) out += '零';
    skipped = false;
    // a leading 十 stands alone (十二, not 一十二)
    out += (i === 2 && d === 1 && out === '' ? '' : NUMERALS.charAt(d)) + PLACES.charAt(i);
  });
  return out;
}

/**
 * A date as the gazette prints it, spaces removed: 2023年1月31日 (a pattern source to embed in
 * others; it captures year, month and day).
 */
export const CHINESE_DATE = '(\\d{4})年(\\d{1,2})月(\\d{1,2})日';

/**
 * What may not follow a row number at the start of a table line (a pattern source): a figure
 * (1.5, 3%, 2万, 2023年, 5月) opens a line with digits but is no row number.
 */
export const ROW_NUMBER_END = '(?![\\d.%万年月])';

/** Parses a printed 成文日期 such as `2023 年 1 月 31 日` into ISO `2023-01-31`. */
export function parseChineseDate(text: string): string | undefined {
  const m = new RegExp(`^${CHINESE_DATE}$`).exec(text.replace(/[\s\u3000]+/g, ''));
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** An ISO date as the gazette prints it: 2023-05-01 → 2023年5月1日 (the inverse of parseChineseDate). */
export function formatChineseDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${year}年${Number(month)}月${Number(day)}日`;
}
