import { describe, expect, test } from 'vitest';
import {
  cleanSource,
  collapseIdeographicGaps,
  furnitureRule,
  joinWrappedLines,
  normalizeLine,
  restoreFullwidthPunctuation,
} from '../scripts/pipeline/2-clean.ts';

const rules = { gazette: '临汾市人民政府公报' };

describe('page-furniture', () => {
  test.each([
    ['—11—', 'page-number'],
    ['2 / 2023　 临汾市人民政府公报　 　 　 ·市政府文件·　', 'running-head'],
    ['　 ·市政府办公室文件·　 　 　 2 / 2023　 临汾市人民政府公报', 'running-head'],
    ['临汾市人民政府公报', undefined],
    ['2021—2030 年', undefined],
  ])('%s is %s', (line, rule) => expect(furnitureRule(line, rules)).toBe(rule));

  test('a page number and a running head are kept as data: the number and the section between the dots', () => {
    const { furniture } = cleanSource('甲\n\n—11—\n\n2 / 2023　 临汾市人民政府公报　 　 ·市政府文件·　\n\n乙\n', rules);
    expect(furniture.map((f) => [f.no, f.rule, f.page, f.section])).toEqual([
      [3, 'page-number', 11, undefined],
      [5, 'running-head', undefined, '市政府文件'],
    ]);
  });

  test('each line knows its printed page: a number closes its page, the running head after it opens the next', () => {
    const page = (n: number, section: string) => `—${n}—\n\n${n + 1} / 2023　 临汾市人民政府公报　 ·${section}·`;
    const text = ['一', page(4, '市政府文件'), '二', page(5, '市政府文件'), '三', page(9, '市政府办公室文件'), '四'].join('\n\n');
    const { lines } = cleanSource(text, rules);
    expect(lines.map((l) => [l.text, l.page, l.runningHead?.section])).toEqual([
      ['一', { first: 1, last: 4 }, undefined], // before the first number: any page up to it
      ['二', { first: 5, last: 5 }, '市政府文件'], // between —4— and —5—: page 5 exactly
      ['三', { first: 6, last: 9 }, '市政府文件'], // the furniture of pages 6 to 8 was lost
      ['四', { first: 10 }, '市政府办公室文件'], // after the last number
    ]);
  });

  test('a text without page numbers gives its lines no page', () => {
    expect(cleanSource('一\n\n二\n', rules).lines.map((l) => l.page)).toEqual([undefined, undefined]);
  });

  test('a table header printed again after a page break is furniture, the first one is not', () => {
    const { lines, furniture } = cleanSource('序号 改革事项\n\n1\n\n 序号 改革事项\n\n2\n', rules);
    expect(lines.map((l) => l.text)).toEqual(['序号改革事项', '1', '2']);
    expect(furniture).toEqual([{ no: 5, raw: ' 序号 改革事项', rule: 'repeated-table-header' }]);
  });

  test('a row of column labels printed again on a page’s first line is furniture', () => {
    const source = '姓名 工作单位 职务\n\n王建华 临汾市人民政府 市长\n\n—2—\n\n 姓名 工作单位 职务\n\n刘鹏\n';
    const { lines, furniture } = cleanSource(source, rules);
    expect(lines.map((l) => l.raw)).toEqual(['姓名 工作单位 职务', '王建华 临汾市人民政府 市长', '刘鹏']);
    expect(furniture.map((f) => f.rule)).toEqual(['page-number', 'repeated-table-header']);
  });

  test('a row of column labels printed in fragments is compared whole', () => {
    const source = '姓名\n \n工作单位 职务\n\n刘鹏\n\n—2—\n\n 姓名 工作单位 职务\n\n师长征\n';
    expect(cleanSource(source, rules).lines.map((l) => l.raw)).toEqual(['姓名', '工作单位 职务', '刘鹏', '师长征']);
  });

  test('a row of labels repeated elsewhere than at a page’s top stays', () => {
    expect(cleanSource('姓名 职务\n\n姓名 职务\n', rules).lines.map((l) => l.raw)).toEqual(['姓名 职务', '姓名 职务']);
  });
});

describe('letter-spacing and column-gap', () => {
  test.each([
    ['组　 长:崔元斌　 市委常委、副市长', '组长:崔元斌 市委常委、副市长'],
    ['副组长:杨　 楠　 市政府副秘书长', '副组长:杨楠 市政府副秘书长'],
    ['通　 　 　 　 知', '通知'],
    ['古　 县 60', '古县 60'],
    ['联系人:杜翔洲　 2091521　 187∗∗∗∗', '联系人:杜翔洲 2091521 187∗∗∗∗'],
  ])('%s → %s', (raw, out) => expect(collapseIdeographicGaps(raw)).toBe(out));
});

describe('pdf-spacing', () => {
  test.each([
    ['4. 3 米', '4.3米'],
    ['〔 2019〕 35 号', '〔2019〕35号'],
    ['税务 Ukey 免费', '税务Ukey免费'],
    ['只用一套 CA 证书', '只用一套CA证书'],
    ['免于 CCC 免办', '免于CCC免办'],
    ['“ 一盔一', '“一盔一'],
    ['5G 123', '5G 123'],
    ['平和街 (Pínghé Jiē)', '平和街（Pínghé Jiē）'],
    ['执行 GB 17733—2008 标准', '执行GB 17733—2008标准'],
    ['电话: 0357 2091521', '电话：0357 2091521'],
  ])('%s → %s', (raw, out) => expect(normalizeLine(raw)).toBe(out));
});

describe('fullwidth-punctuation', () => {
  test.each([
    ['各县(市、区)人民政府,市直', '各县\uff08市、区\uff09人民政府\uff0c市直'],
    ['附件:1.', '附件\uff1a1.'],
    ['给予中小企业;400', '给予中小企业\uff1b400'],
    ['1,000 元', '1,000 元'],
    ['10:30', '10:30'],
  ])('%s → %s', (raw, out) => expect(restoreFullwidthPunctuation(raw)).toBe(out));
});

describe('compatibility-forms', () => {
  test.each([
    ['队伍以外﹐由各级人民政府组建', '队伍以外，由各级人民政府组建'],
    ['市财政局﹑市审计局', '市财政局、市审计局'],
    ['如下︓', '如下：'],
    ['两点︰', '两点︰'],
    ['（一）安排部署﹔', '（一）安排部署；'],
  ])('%s → %s', (raw, text) => expect(normalizeLine(raw)).toBe(text));
});

describe('line-unwrapping', () => {
  test('Chinese lines join with nothing', () => expect(joinWrappedLines(['完善公平竞争审查', '机制'])).toBe('完善公平竞争审查机制'));
  test.each([
    [['推广 Open', 'Source'], '推广 Open Source'],
    [['平和街（Pínghé', 'Jiē）'], '平和街（Pínghé Jiē）'],
    [['执行GB', '17733—2008标准'], '执行GB 17733—2008标准'],
    [['推进5', 'G基站建设'], '推进5G基站建设'],
    [['电话0357', '2091521'], '电话0357 2091521'],
  ])('%j → %s (Latin text breaks only at a space)', (lines, out) => expect(joinWrappedLines(lines)).toBe(out));
});

test('normalizeLine applies every in-line normalization in order', () => {
  expect(normalizeLine('按照《山西省“一业一证” 改革实施方案》 (晋政办发〔2022〕 90 号),在')).toBe(
    '按照《山西省“一业一证”改革实施方案》\uff08晋政办发〔2022〕90号\uff09\uff0c在',
  );
});
