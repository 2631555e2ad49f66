/** Which documents repeal a document (src/lib/repeals.ts), derived from the records' `repeals` and `citations`. */
import { describe, expect, test } from 'vitest';
import { repealedBy, type Repealing } from '../src/lib/repeals.ts';

const notice: Repealing = { slug: 'lzbf-2023-20', citations: [] };
const order: Repealing = {
  slug: 'lfsrmzfl-9',
  repeals: [
    { number: '临政办发〔2023〕20号', title: '临汾市人民政府办公室关于加强户外广告设置管理的通知', target: 'lzbf-2023-20' },
    { number: '临汾市人民政府令第3号', title: '临汾市城市绿化管理办法' },
  ],
  citations: [
    { title: '临汾市户外广告设置管理办法', anchor: 'p1' },
    { number: '临政办发〔2023〕20号', target: 'lzbf-2023-20', anchor: 'art-13' },
    { number: '临汾市人民政府令第3号', anchor: 'art-13' },
  ],
};

describe('repealedBy', () => {
  test('a document repealed by an article of a regulation in the corpus gets the order, the article’s anchor and its label', () => {
    expect(repealedBy([notice, order]).get('lzbf-2023-20')).toEqual([{ by: order, anchor: 'art-13', article: '第十三条' }]);
  });

  test('a repealed document outside the corpus (no target) is repealed by nothing the site can show', () => {
    expect([...repealedBy([notice, order]).keys()]).toEqual(['lzbf-2023-20']);
  });

  test('where the repealing document cites the repealed one in two blocks, only the document is known', () => {
    const twice = { ...order, citations: [...order.citations, { number: '临政办发〔2023〕20号', target: 'lzbf-2023-20', anchor: 'p1' }] };
    expect(repealedBy([twice]).get('lzbf-2023-20')).toEqual([{ by: twice }]);
  });

  test('a repeal stated in a paragraph, not an article, links that paragraph with no article label', () => {
    const decision: Repealing = {
      slug: 'lzf-2023-30',
      repeals: [{ number: '临政办发〔2023〕20号', target: 'lzbf-2023-20' }],
      citations: [{ number: '临政办发〔2023〕20号', target: 'lzbf-2023-20', anchor: 's2-p1' }],
    };
    expect(repealedBy([order, decision]).get('lzbf-2023-20')).toEqual([
      { by: order, anchor: 'art-13', article: '第十三条' },
      { by: decision, anchor: 's2-p1' },
    ]);
  });
});
