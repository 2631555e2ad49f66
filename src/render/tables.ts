/**
 * Tables: each table scrolls sideways in a focusable region of its own, and a table with a blank
 * cell in a numbered row says under it that the blank is kept as printed.
 *
 * Such a cell was usually merged with a neighbouring row's in the printed table, and the extraction
 * kept its text in one row only; we keep the text where it was printed rather than guess which rows
 * the merged cell spans. (The reform table's continuation rows have no 序号 and are not meant here.)
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { blocks, childElements, el, textOf, txt } from './hast.ts';

function hasBlankCellInNumberedRow(table: Element): boolean {
  let blank = false;
  visit(table, 'element', (tr: Element) => {
    if (tr.tagName !== 'tr') return;
    const cells = childElements(tr, 'td');
    const numbered = cells.length > 1 && /^\s*\d+\s*$/.test(textOf(cells[0]));
    if (numbered && cells.some((c) => textOf(c).trim() === '')) blank = true;
  });
  return blank;
}

const blankCellNote = () =>
  el('p', { className: ['note', 'table-note'], dataPagefindIgnore: '' }, [
    txt('注\uFF1A表中空白单元格照录公报文本\uFF1B原表此处可能与相邻行合并为一格\uFF0C内容见相邻行\uFF0C以公报原件为准。'),
  ]);

export function wrapTables(root: Root): void {
  for (const table of blocks(root).filter((b) => b.tagName === 'table')) {
    const region = el('section', { className: ['table-wrap'], ariaLabel: `表格 ${String(table.properties.id)}，可横向滚动`, tabIndex: 0 }, [
      table,
    ]);
    const at = root.children.indexOf(table);
    root.children.splice(at, 1, region, ...(hasBlankCellInNumberedRow(table) ? [blankCellNote()] : []));
  }
}
