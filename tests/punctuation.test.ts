/** Punctuation folding (model/punctuation.ts), both directions. */
import { describe, expect, test } from 'vitest';
import { toAsciiPunctuation, toFullwidthPunctuation } from '../model/punctuation.ts';

describe('toFullwidthPunctuation restores what the extraction made ASCII', () => {
  test.each([
    ['充(换)电', '充（换）电'],
    ['改革,推行;落实:是否?是!', '改革，推行；落实：是否？是！'],
    ['1,000 万元', '1,000 万元'],
    ['8:30 开始', '8:30 开始'],
    ['第3:', '第3：'],
    ['(1)', '（1）'],
  ])('%s → %s', (ascii, fullwidth) => expect(toFullwidthPunctuation(ascii)).toBe(fullwidth));
});

describe('toAsciiPunctuation gives the extraction’s ASCII back', () => {
  test.each([
    ['各县（市、区）人民政府，市直', '各县(市、区)人民政府,市直'],
    ['附件：1.；？！', '附件:1.;?!'],
    ['〔2023〕“一业一证”、。', '〔2023〕“一业一证”、。'],
  ])('%s → %s', (fullwidth, ascii) => expect(toAsciiPunctuation(fullwidth)).toBe(ascii));

  test('it undoes toFullwidthPunctuation', () => {
    const source = '按照(晋政办发〔2022〕90号),在1,000家企业中;8:30前完成?是!';
    expect(toAsciiPunctuation(toFullwidthPunctuation(source))).toBe(source);
  });
});
