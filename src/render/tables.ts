/**
 * Tables: sized for reading, and a note under a table with a blank cell in a numbered row.
 *
 * - Each column is classed from its content (`colClass`): a column of short cells (序号, a date, a
 *   county) never wraps, a column of phrases (改革事项, 责任单位) is given room for one, the longest
 *   column takes the rest. Every body cell carries its column's header as `data-label`, so on a
 *   phone each row can be read as a card (site.css).
 * - A table of a few columns fits the text column: it is a plain block, and a long one keeps its
 *   header in view (sticky header; a scrolling box would keep it from sticking). A wide table
 *   scrolls sideways in a focusable region of its own.
 *
 * A blank cell in a numbered row was usually merged with a neighbouring row's in the printed
 * table, and the extraction kept its text in one row only; we keep the text where it was printed
 * rather than guess which rows the merged cell spans. (The reform table's continuation rows have no
 * 序号 and are not meant here.)
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { blocks, childElements, el, textOf, txt } from './hast.ts';

/** Columns a table may have and still fit the text column without scrolling. */
const FITTING_COLUMNS = 5;
/** Rows from which a table keeps its header in view. */
const LONG_ROWS = 12;
/** Cells up to this many characters are short tokens that never wrap. */
const SHORT = 8;

function rows(table: Element): Element[] {
  const out: Element[] = [];
  visit(table, 'element', (tr: Element) => {
    if (tr.tagName === 'tr') out.push(tr);
  });
  return out;
}
const cellsOf = (tr: Element) =>
  tr.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
const length = (s: string) => [...s.trim()].length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** How a column is sized: `c-short` (never wraps), `c-phrase` (room for a phrase) or none (takes the rest). */
export function colClass(cells: string[], widest: boolean): 'c-short' | 'c-phrase' | undefined {
  const lengths = cells.map(length).filter((n) => n > 0);
  if (lengths.length === 0 || Math.max(...lengths) <= SHORT) return 'c-short';
  return widest ? undefined : 'c-phrase';
}

function sizeColumns(table: Element): void {
  const all = rows(table).map(cellsOf);
  const head = all.find((cells) => cells.some((c) => c.tagName === 'th'));
  const body = all.filter((cells) => cells !== head);
  const columns = Math.max(0, ...all.map((c) => c.length));
  const texts = Array.from({ length: columns }, (_, j) => body.map((cells) => textOf(cells[j])));
  const medians = texts.map((t) => median(t.map(length)));
  const widest = medians.indexOf(Math.max(...medians));
  texts.forEach((t, j) => {
    const cls = colClass(t, j === widest);
    const label = head ? textOf(head[j]).trim() : '';
    for (const cells of all) {
      const cell = cells[j];
      if (!cell) continue;
      if (cls) cell.properties.className = [...((cell.properties.className as string[] | undefined) ?? []), cls];
      if (cell.tagName === 'td' && label) cell.properties.dataLabel = label;
    }
  });
}

function hasBlankCellInNumberedRow(table: Element): boolean {
  return rows(table).some((tr) => {
    const cells = childElements(tr, 'td');
    const numbered = cells.length > 1 && /^\s*\d+\s*$/.test(textOf(cells[0]));
    return numbered && cells.some((c) => textOf(c).trim() === '');
  });
}

const blankCellNote = () =>
  el('p', { className: ['note', 'table-note'], dataPagefindIgnore: '' }, [
    txt('注\uFF1A表中空白单元格照录公报文本\uFF1B原表此处可能与相邻行合并为一格\uFF0C内容见相邻行\uFF0C以公报原件为准。'),
  ]);

export function wrapTables(root: Root): void {
  for (const table of blocks(root).filter((b) => b.tagName === 'table')) {
    sizeColumns(table);
    const all = rows(table);
    const columns = Math.max(0, ...all.map((tr) => cellsOf(tr).length));
    const fits = columns <= FITTING_COLUMNS;
    table.properties.className = ['cards', ...(fits && all.length > LONG_ROWS ? ['sticky'] : [])];
    const region = fits
      ? el('div', { className: ['table-wrap', 'fit'] }, [table])
      : el('section', { className: ['table-wrap'], ariaLabel: `表格 ${String(table.properties.id)}，可横向滚动`, tabIndex: 0 }, [table]);
    const at = root.children.indexOf(table);
    root.children.splice(at, 1, region, ...(hasBlankCellInNumberedRow(table) ? [blankCellNote()] : []));
  }
}
