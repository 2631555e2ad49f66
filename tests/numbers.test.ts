import { describe, expect, test } from 'vitest';
import { formatChineseDate, formatChineseNumeral, parseChineseDate, parseChineseNumeral } from '../model/numbers.ts';

describe('parseChineseNumeral', () => {
  test.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十九', 29],
    ['九十九', 99],
    ['一百', 100],
    ['一百零一', 101],
    ['一百一十', 110],
    ['一百一十二', 112],
    ['二百', 200],
    ['一千零一', 1001],
    ['一千零一十', 1010],
    ['二千零三', 2003],
  ])('%s is %i', (text, value) => expect(parseChineseNumeral(text)).toBe(value));
  test.each(['', '百', '十十', '一二', 'a', '一百十二', '一百一', '一千零零一', '一百零十'])('%s is not a numeral', (text) =>
    expect(parseChineseNumeral(text)).toBeUndefined(),
  );
});

describe('formatChineseNumeral', () => {
  test.each([
    [1, '一'],
    [10, '十'],
    [12, '十二'],
    [15, '十五'],
    [20, '二十'],
    [101, '一百零一'],
    [110, '一百一十'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [2003, '二千零三'],
  ])('%i is written %s', (value, text) => expect(formatChineseNumeral(value)).toBe(text));

  test('every number from 1 to 9999 reads back as itself', () => {
    for (let n = 1; n <= 9999; n++) expect(parseChineseNumeral(formatChineseNumeral(n)), String(n)).toBe(n);
  });

  test.each([0, 10000, 1.5])('%s has no article numeral', (n) => expect(() => formatChineseNumeral(n)).toThrow(RangeError));
});

describe('formatChineseDate', () => {
  test.each([
    ['2023-05-01', '2023年5月1日'],
    ['2028-03-14', '2028年3月14日'],
    ['2023-12-31', '2023年12月31日'],
  ])('%s is printed %s and reads back', (iso, printed) => {
    expect(formatChineseDate(iso)).toBe(printed);
    expect(parseChineseDate(printed)).toBe(iso);
  });
});

describe('parseChineseDate', () => {
  test.each([
    ['2023 年 1 月 31 日', '2023-01-31'],
    ['2023年2月3日', '2023-02-03'],
    ['2023 年 2 月 30 日', undefined],
    ['2023年13月1日', undefined],
  ])('%s → %s', (text, iso) => expect(parseChineseDate(text)).toBe(iso));
});
