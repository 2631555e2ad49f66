/**
 * The layout stage on fixtures cut from the gazette (tests/fixtures/layout/<case>/input.txt →
 * output.txt): every clean line with the signal that starts it, its width and its column's.
 */
import { expect, test } from 'vitest';
import { joinLines, lineWidth } from '../scripts/pipeline/3-layout.ts';
import { fixtureTests } from './support/fixtures.ts';
import { printed } from './support/issue.ts';

fixtureTests('layout', 'txt', (input) => {
  return printed(input)
    .map((l) => `${l.no}\t${l.start.padEnd(12)}\t${l.width}/${l.column}\t${l.text}`)
    .join('\n')
    .concat('\n');
});

test.each([
  ['一、总体要求', 5.5],
  ['(一)安排部署阶段(2 月 20 日—2 月 28 日)', 18.5],
  ['各县(市、区)人民政府、临汾经济开发区管委会', 20],
  ['组　 长:崔元斌', 6.75],
])('the printed width of “%s” is %s em', (raw, width) => {
  expect(lineWidth(raw)).toBe(width);
});

test('fragments of one printed line join with nothing, printed lines as wrapped lines do', () => {
  const lines = printed('命名为“兴业巷”。地名汉语拼音拼写\n\n形式:Xīngyè Xià\n \n\nng。\n');
  expect(lines.at(-1)!.start).toBe('fragment');
  expect(joinLines(lines)).toBe('命名为“兴业巷”。地名汉语拼音拼写形式：Xīngyè Xiàng。');
});
