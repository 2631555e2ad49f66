import { describe, expect, test } from 'vitest';
import { docNumberSlug, parseChineseDate, parseChineseNumeral, parseDocNumber } from '../model/numbers.ts';

describe('parseChineseNumeral', () => {
  test.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十九', 29],
    ['九十九', 99],
  ])('%s is %i', (text, value) => expect(parseChineseNumeral(text)).toBe(value));
  test.each(['', '百', '十十', '一二', 'a'])('%s is not a numeral', (text) => expect(parseChineseNumeral(text)).toBeUndefined());
});

describe('docNumberSlug', () => {
  test.each([
    ['临政发〔2023〕1号', 'lzf-2023-1'],
    ['临政函〔2023〕4号', 'lzh-2023-4'],
    ['临政办发〔2023〕2号', 'lzbf-2023-2'],
    ['临政办函〔2023〕8号', 'lzbh-2023-8'],
  ])('%s → %s', (number, slug) => expect(docNumberSlug(parseDocNumber(number)!)).toBe(slug));
  test('a prefix with an unknown character is refused', () => {
    expect(() => docNumberSlug(parseDocNumber('晋政发〔2022〕16号')!)).toThrow(/晋/);
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
