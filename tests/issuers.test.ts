/**
 * The small readings behind a document's metadata: the organs of a 联合发文, 主送 pieces, titles
 * compared by their words, a date cut in two, and what a 修改决定 amends.
 */
import { describe, expect, test } from 'vitest';
import { splitOrgans } from '../model/issuers.ts';
import { titleWords } from '../model/punctuation.ts';
import { dateLines, splitAddressees } from '../scripts/pipeline/5-parse/metadata.ts';
import { amendedDocuments } from '../scripts/pipeline/6-link/amends.ts';
import type { SourceLine } from '../scripts/pipeline/2-clean.ts';

describe('the organs of a 联合发文, from their names as printed', () => {
  test.each([
    ['临汾市人民政府', ['临汾市人民政府']],
    ['临汾市人民政府办公室', ['临汾市人民政府办公室']],
    ['临汾市人民政府临汾市中级人民法院', ['临汾市人民政府', '临汾市中级人民法院']],
    ['临汾市人民政府 临汾市人民检察院', ['临汾市人民政府', '临汾市人民检察院']],
    ['中共临汾市委办公室临汾市人民政府办公室', ['中共临汾市委办公室', '临汾市人民政府办公室']],
    ['临汾市发展和改革委员会临汾市财政局', ['临汾市发展和改革委员会', '临汾市财政局']],
    ['临汾市住房和城乡建设局', ['临汾市住房和城乡建设局']],
  ])('%s', (text, organs) => expect(splitOrgans(text)).toEqual(organs));
});

describe('主送机关 split into addressees, a piece without a place of its own kept with the one before', () => {
  test.each([
    ['各县（市、区）人民政府，市人民政府各委、办、局：', ['各县（市、区）人民政府', '市人民政府各委、办、局']],
    ['各县（市、区）人民政府、人民法院：', ['各县（市、区）人民政府、人民法院']],
    ['各县（市、区）人民政府、人民检察院，市直有关单位：', ['各县（市、区）人民政府、人民检察院', '市直有关单位']],
    ['市城市管理局、市住建局：', ['市城市管理局', '市住建局']],
  ])('%s', (text, addressees) => expect(splitAddressees(text)).toEqual(addressees));
});

test.each([
  ['临汾市人民政府关于修改〈临汾市城市供水管理办法〉的决定', '临汾市人民政府关于修改《临汾市城市供水管理办法》的决定'],
  ['《临汾市粮食应急保障管理办法》', '临汾市粮食应急保障管理办法'],
  ['临汾市防汛应急预案(征求意见稿)', '临汾市防汛应急预案（征求意见稿）'],
])('the titles %s and %s are the same words', (a, b) => expect(titleWords(a)).toBe(titleWords(b)));

const lines = (...texts: string[]) =>
  texts.map((text, i) => ({ no: i + 1, raw: text, text, gap: 1, pageStart: false, mark: 0 }) as SourceLine);

test.each([
  [['2023年6月2日', '（此件公开发布）'], { date: '2023-06-02', end: 1 }],
  [['2023年6', '月2日'], { date: '2023-06-02', end: 2 }],
  [['2023年6月', '2日'], { date: '2023-06-02', end: 2 }],
  [['各县（市、区）', '人民政府'], undefined],
])('the 成文日期 printed on %j', (texts, date) => expect(dateLines(lines(...texts), 0)).toEqual(date));

describe('what a 修改决定 amends', () => {
  test.each([
    [
      '临汾市人民政府关于修改《临汾市城市供水管理办法》的决定',
      '临汾市人民政府决定对《临汾市城市供水管理办法》（临汾市人民政府令第5号）作如下修改：',
      [{ title: '临汾市城市供水管理办法', number: '临汾市人民政府令第5号' }],
    ],
    [
      '临汾市人民政府关于修改和废止部分政府规章的决定',
      '决定对《临汾市城市供水管理办法》、《临汾市城市绿化管理办法》的部分条款作出如下修改：',
      [{ title: '临汾市城市供水管理办法' }, { title: '临汾市城市绿化管理办法' }],
    ],
    ['临汾市人民政府关于修改〈临汾市城市供水管理办法〉的决定', '一、将第二条修改为：', [{ title: '临汾市城市供水管理办法' }]],
    ['关于做好城市供水工作的通知', '对《临汾市城市供水管理办法》的执行情况进行检查。', []],
  ])('%s', (title, text, amended) => expect(amendedDocuments(title, text)).toEqual(amended));
});
