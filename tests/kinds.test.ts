/**
 * Every kind of 公文 (the 15 of the 党政机关公文处理工作条例, the regulation kinds and the 方案 a
 * notice issues) and the header layouts a gazette prints, read by split and parse from small
 * documents in the extraction style: header on one line or vertical, 文号 with 〔〕 or 第N号 under
 * an order header, a title with or without 关于, 主送 only where the kind has one.
 */
import { describe, expect, test } from 'vitest';
import type { ParsedDocument } from '../scripts/pipeline/5-parse/document.ts';
import { DOCUMENT_KINDS } from '../model/kinds.ts';
import { ingestText } from './support/issue.ts';

const vertical = (issuer: string) => [...issuer].map((ch, i) => (i < issuer.length - 1 ? `${ch}\n \n` : `${ch}\n`)).join('\n');

/** The documents of an issue whose text is `lines`, one printed line each, a blank line between. */
function read(...lines: string[]): ParsedDocument[] {
  return ingestText(lines.join('\n\n')).documents.map((d) => d.parsed);
}

const BODY = '为做好有关工作,经市人民政府同意,现将有关事项明确如下。';
/** An order (header `header`) publishing 临汾市某某管理办法 with the given article lines. */
const order = (header: string, ...articles: string[]) => [
  header,
  '第 9 号',
  '《临汾市某某管理办法》已经市人民政府常务会议通过,现予公布,自 2023 年 5 月 1 日起施行。',
  '市长\u3000 王建华',
  '2023 年 3 月 6 日',
  '临汾市某某管理办法',
  ...articles,
];
const SIGNED = ['临汾市人民政府', '2023 年 3 月 1 日'];

describe('every kind is read by its title, with 主送 only where the kind has one', () => {
  const titled = DOCUMENT_KINDS.filter((k) => k.name !== '令');
  test.each(titled.map((k) => [k.name, k]))('%s', (name, kind) => {
    const header = ['临汾市人民政府', `关于做好城市绿化有关工作的${name}`, '临政发〔2023〕9 号'];
    const signature = kind.signed ? SIGNED : ['2023 年 3 月 1 日'];
    const withAddressees = read(...header, '各县(市、区)人民政府:', BODY, ...signature)[0]!;
    const without = () => read(...header, BODY, ...signature)[0]!;
    expect([withAddressees.type, withAddressees.number, withAddressees.date]).toEqual([name, '临政发〔2023〕9号', '2023-03-01']);
    if (kind.addressees === 'none') {
      expect(without().addressees).toEqual([]);
    } else {
      expect(withAddressees.addressees).toEqual(['各县（市、区）人民政府']);
      if (kind.addressees === 'optional') expect(without().addressees).toEqual([]);
      else expect(without().review).toEqual(['主送机关：文号后未见主送机关（源文第7行）']);
    }
  });
});

describe('header layouts', () => {
  test('an issuer printed vertically, one character a line', () => {
    const [doc] = read(
      vertical('临汾市人民政府办公室'),
      '关于做好城市绿化工作的通知',
      '临政办发〔2023〕9 号',
      '各县(市、区)人民政府:',
      BODY,
      '临汾市人民政府办公室',
      '2023 年 3 月 1 日',
    );
    expect([doc!.source.headerIssuer, doc!.issuer, doc!.title]).toEqual([
      '临汾市人民政府办公室',
      '临汾市人民政府办公室',
      '关于做好城市绿化工作的通知',
    ]);
  });

  test('a title without 关于 starts right under the issuer header', () => {
    const [doc] = read('临汾市人民政府', '禁止在市区重点区域燃放烟花爆竹的通告', '临政发〔2023〕6 号', BODY, ...SIGNED);
    expect([doc!.title, doc!.type, doc!.addressees]).toEqual(['禁止在市区重点区域燃放烟花爆竹的通告', '通告', []]);
  });

  test('a title line ending in 人民政府 is not taken for a header', () => {
    const [doc] = read(
      '临汾市人民政府',
      '关于同意撤销临汾市某某街道人民政府',
      '派出机构的批复',
      '临政函〔2023〕9 号',
      '市民政局:',
      BODY,
      ...SIGNED,
    );
    expect(doc!.title).toBe('关于同意撤销临汾市某某街道人民政府派出机构的批复');
  });

  test('a 签发人 beside the 文号 is read apart from it', () => {
    const [doc] = read(
      '临汾市人民政府',
      '关于有关情况的报告',
      '临政发〔2023〕8 号\u3000 \u3000 签发人:王建华',
      '山西省人民政府:',
      BODY,
      ...SIGNED,
    );
    expect([doc!.number, doc!.signer]).toEqual(['临政发〔2023〕8号', '王建华']);
  });

  test.each([
    ['one line', '临汾市人民政府令'],
    ['vertical', vertical('临汾市人民政府令')],
  ])('an order header printed on %s, its number 第N号 under it, signed by the mayor', (_layout, header) => {
    const [published, next] = read(
      ...order(header, '第一条\u3000 为了规范管理,制定本办法。', '第二条\u3000 本办法自 2023 年 5 月 1 日起施行。'),
      '临汾市人民政府',
      '关于做好城市绿化工作的通知',
      '临政发〔2023〕9 号',
      '各县(市、区)人民政府:',
      BODY,
      ...SIGNED,
    );
    expect([published!.number, published!.type, published!.issuer, published!.title, published!.signatory, published!.addressees]).toEqual([
      '临汾市人民政府令第9号',
      '令',
      '临汾市人民政府',
      '临汾市某某管理办法',
      { post: '市长', name: '王建华' },
      [],
    ]);
    expect(published!.parts.map((p) => p.kind)).toEqual(['main', 'regulation']);
    expect(published!.parts[1]!.blocks.filter((b) => b.kind === 'article').map((b) => b.kind === 'article' && b.number)).toEqual([1, 2]);
    expect(next!.number).toBe('临政发〔2023〕9号');
  });

  test('a notice that issues a 办法 with articles gets a regulation, not a plan', () => {
    const [doc] = read(
      '临汾市人民政府办公室',
      '关于印发临汾市某某管理办法的通知',
      '临政办发〔2023〕9 号',
      '各县(市、区)人民政府:',
      '现将《临汾市某某管理办法》印发给你们,请认真贯彻执行。',
      '临汾市人民政府办公室',
      '2023 年 3 月 1 日',
      '临汾市某某管理办法',
      '第一章\u3000 总\u3000 则',
      '第一条\u3000 为了规范管理,制定本办法。',
      '第二条\u3000 本办法自印发之日起施行。',
    );
    expect(doc!.parts.map((p) => p.kind)).toEqual(['main', 'regulation']);
    expect(doc!.parts[1]!.blocks.map((b) => b.kind)).toEqual(['heading', 'heading', 'article', 'article']);
  });
});

describe('articles', () => {
  test('a 第X条 inside a sentence, wrapped to a line start, stays text', () => {
    const [doc] = read(
      ...order(
        '临汾市人民政府令',
        '第一条\u3000 单位和个人擅自占用城市绿地的,违反本办法',
        '第二条规定的,依法处理。',
        '第二条\u3000 本办法自公布之日起施行。',
      ),
    );
    const articles = doc!.parts[1]!.blocks.filter((b) => b.kind === 'article');
    expect(articles.map((a) => a.kind === 'article' && a.text)).toEqual([
      '第一条 单位和个人擅自占用城市绿地的，违反本办法第二条规定的，依法处理。',
      '第二条 本办法自公布之日起施行。',
    ]);
  });

  test('articles are numbered past 99 (第一百零一条 is art 101)', () => {
    const digits = '零一二三四五六七八九';
    const chinese = (n: number) =>
      n >= 100
        ? `${digits[Math.floor(n / 100)]}百${n % 100 === 0 ? '' : n % 100 < 10 ? `零${digits[n % 10]}` : `${digits[Math.floor((n % 100) / 10)]}十${n % 10 ? digits[n % 10] : ''}`}`
        : n >= 10
          ? `${n >= 20 ? digits[Math.floor(n / 10)] : ''}十${n % 10 ? digits[n % 10] : ''}`
          : digits[n]!;
    const articles = Array.from({ length: 101 }, (_, k) => `第${chinese(k + 1)}条\u3000 本条是第 ${k + 1} 条。`);
    const [doc] = read(...order('临汾市人民政府令', ...articles));
    const numbers = doc!.parts[1]!.blocks.flatMap((b) => (b.kind === 'article' ? [[b.number, b.label]] : []));
    expect(numbers).toHaveLength(101);
    expect(numbers.slice(98)).toEqual([
      [99, '第九十九条'],
      [100, '第一百条'],
      [101, '第一百零一条'],
    ]);
  });
});
