/**
 * Annex-row links: the row of each reform item in its document's annex table gets the item's
 * anchor as its id, and its 序号 cell links to the item's page. Where each item's row is comes from
 * the item record (`tableRow`, `anchor`), computed by the pipeline.
 */
import type { Root } from 'hast';
import type { ItemRecord } from '../../model/schema.ts';
import { itemUrl } from '../lib/url.ts';
import { blockById, childElements, el } from './hast.ts';

export type AnnexItem = Pick<ItemRecord, 'slug' | 'no' | 'name' | 'anchor' | 'tableRow'>;

export function linkAnnexRows(root: Root, items: AnnexItem[]): void {
  for (const item of items) {
    if (!item.tableRow) continue;
    const table = blockById(root, item.tableRow.table);
    if (!table) throw new Error(`item ${item.slug}: no table ${item.tableRow.table} in its document`);
    const rows = childElements(table, 'tbody').flatMap((body) => childElements(body, 'tr'));
    const row = rows[item.tableRow.index];
    const numberCell = row && childElements(row, 'td')[0];
    if (!row || !numberCell) throw new Error(`item ${item.slug}: table ${item.tableRow.table} has no row ${item.tableRow.index}`);
    row.properties.id = item.anchor;
    numberCell.children = [el('a', { href: itemUrl(item.slug), ariaLabel: `第${item.no}项 ${item.name}` }, numberCell.children)];
  }
}
