/** Name lists, 任免 entries and numeric annex tables, on small cuts in the extraction style. */
import { describe, expect, test } from 'vitest';
import { appointmentList, nameList } from '../scripts/pipeline/5-parse/lists.ts';
import { parseSmallTable } from '../scripts/pipeline/5-parse/small-table.ts';
import { MessageLog } from '../scripts/lib/messages.ts';
import type { Block } from '../scripts/pipeline/blocks.ts';
import { printed } from './support/issue.ts';

/** The text of each list entry. */
const texts = (items: { text: string }[]) => items.map((item) => item.text);
const lines = (...raw: string[]) => printed(raw.join('\n\n'));

describe('任免 entries', () => {
  test('entries opening with 任命 / 免去 are one item each, a wrapped entry joined', () => {
    const run = appointmentList(
      lines(
        '经市人民政府研究,决定:',
        '任命李明为临汾市审计局局长;',
        '免去周文华的临汾市国有资产监督管理委员会',
        '副主任职务,另有任用。',
        '特此通知。',
      ),
    )!;
    expect([run.start, run.end, texts(run.list.items)]).toEqual([
      1,
      4,
      ['任命李明为临汾市审计局局长；', '免去周文华的临汾市国有资产监督管理委员会副主任职务，另有任用。'],
    ]);
  });

  test('under a 任命： label, one person per line', () => {
    const run = appointmentList(
      lines('决定:', '任命:', '李明为临汾市审计局局长;', '陈晓东为临汾市林业局副局长;', '免去:', '王志刚的临汾市审计局局长职务。'),
    )!;
    expect(texts(run.list.items)).toEqual([
      '任命：',
      '李明为临汾市审计局局长；',
      '陈晓东为临汾市林业局副局长；',
      '免去：',
      '王志刚的临汾市审计局局长职务。',
    ]);
  });

  test('a wrapped line of running text that happens to open with 任命 is no entry', () => {
    expect(appointmentList(lines('各县要按照干部管理权限,依法依规做好', '任命为各级干部的工作。'))).toBeUndefined();
  });
});

describe('name lists of an annex', () => {
  test('several units printed in columns on a line are one item each', () => {
    expect(texts(nameList(lines('尧都区人民政府\u3000 \u3000 侯马市人民政府', '市应急管理局'))!.items)).toEqual([
      '尧都区人民政府',
      '侯马市人民政府',
      '市应急管理局',
    ]);
  });

  test('a person’s post that wraps stays with the person', () => {
    expect(
      texts(
        nameList(lines('周\u3000 涛\u3000 山西焦煤霍州煤电集团有限责任', '公司安全监察处处长', '张\u3000 伟\u3000 尧都区应急管理局局长'))!
          .items,
      ),
    ).toEqual(['周涛 山西焦煤霍州煤电集团有限责任公司安全监察处处长', '张伟 尧都区应急管理局局长']);
  });

  test('running text is not a list', () => {
    expect(nameList(lines('负责统筹协调全市工作,', '研究解决重大问题。'))).toBeUndefined();
  });
});

describe('numeric tables', () => {
  const table = (...raw: string[]) => {
    const log = new MessageLog();
    const blocks = parseSmallTable('t.txt', lines(...raw), ['尧都区', '洪洞县'], log);
    return { blocks, log };
  };
  const rows = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b.header, ...b.rows] : []));

  test('a figure equal to the next row’s number, on a line of its own, is still a cell', () => {
    const { blocks } = table('序号 县(市、区) 新建 改造 合计', '1', '尧都区', '3', '2', '5', '2', '洪洞县', '1', '1', '2');
    expect(rows(blocks)).toEqual([
      ['序号', '县（市、区）', '新建', '改造', '合计'],
      ['1', '尧都区', '3', '2', '5'],
      ['2', '洪洞县', '1', '1', '2'],
    ]);
  });

  test('a header cell that wraps onto the next line, opening with （, continues the cell above', () => {
    const { blocks } = table('序号 县(市、区) 产能', '(万吨) 合计', '1 尧都区 60 60');
    expect(rows(blocks)[0]).toEqual(['序号', '县（市、区）', '产能（万吨）', '合计']);
  });

  test('text printed under the table stays text', () => {
    const { blocks } = table('序号 县(市、区) 任务', '1 尧都区 3. 2', '合计 3. 2', '注:任务为约束性指标。');
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'paragraph']);
    expect(rows(blocks).at(-1)).toEqual(['合计', '', '3.2']);
  });

  test('a row a cell short is kept line by line under a note, with a warning at its line', () => {
    const { blocks, log } = table('序号 县(市、区) 新建 改造 合计', '1 尧都区 3 2 5', '2 洪洞县 1 1', '合计 4 3 6');
    expect(blocks.map((b) => b.kind)).toEqual(['note', 'paragraph']);
    expect(blocks[1]!.kind === 'paragraph' && blocks[1]!.text).toEqual([
      '序号 县（市、区） 新建 改造 合计',
      '1 尧都区 3 2 5',
      '2 洪洞县 1 1',
      '合计 4 3 6',
    ]);
    expect(log.format()).toMatch(/^t\.txt:5: warning: table .*row 2 has 4 cells for the 5 columns/);
  });
});
