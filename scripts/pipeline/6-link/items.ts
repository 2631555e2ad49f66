/**
 * Items: each row of a reform-items annex table and each 推进举措 of an issued plan becomes an
 * item record with canonical units and each unit's role, tied to the numbered task of the plan
 * body that shares its name.
 */
import { blockText, type Block, type HeadingBlock, type RunInBlock } from '../blocks.ts';
import { IngestError } from '../../lib/messages.ts';
import { itemSchema, type DocumentRecord, type Issue, type ItemRecord, type ItemRow } from '../../../model/schema.ts';
import type { UnitRegistry } from '../../../model/units.ts';
import { itemRoles, planRowRoles, reformRowRoles, type RowRoles } from '../../../model/roles.ts';
import type { ParsedDocument } from '../5-parse/document.ts';
import { rowAnchor, type AnchoredBlock } from './anchors.ts';
import { validated } from './record.ts';

/** What a document's items are read from: its issue, record, parse and anchored blocks, and the unit registry. */
interface ItemSource {
  issue: Issue;
  record: DocumentRecord;
  doc: ParsedDocument;
  blocks: AnchoredBlock[];
  registry: UnitRegistry;
}

/** A document's items: its reform table's rows, then its plan's measures. */
export function documentItems(source: ItemSource): ItemRecord[] {
  return [...reformItems(source), ...planItems(source)];
}

/** A block that opens a numbered section: a heading, or a paragraph with a run-in heading. */
function isSectionHead(block: Block): block is HeadingBlock | RunInBlock {
  return block.kind === 'heading' || block.kind === 'runin';
}

/** Title of a section: a heading's text, a run-in heading's lead. */
const sectionTitle = (block: HeadingBlock | RunInBlock) => (block.kind === 'runin' ? block.lead : block.text);

/** Numbered tasks (level-3 sections) of the plan body, by title without marker and 。. */
function planTasks(blocks: AnchoredBlock[]): Map<string, { no: number; title: string; anchor: string }> {
  const tasks = new Map<string, { no: number; title: string; anchor: string }>();
  for (const { block, anchor, part } of blocks) {
    if (part.kind !== 'plan' || !isSectionHead(block) || block.level !== 3) continue;
    const title = sectionTitle(block);
    tasks.set(title.replace(/^\d+\./, '').replace(/。$/, ''), { no: block.number, title, anchor });
  }
  return tasks;
}

function reformItems({ issue, record, doc, blocks, registry }: ItemSource): ItemRecord[] {
  const table = doc.reformTable;
  if (!table) return [];
  const where = { file: doc.source.file, line: table.table.lines[0]!.no };
  const tableAnchor = blocks.find((b) => b.block === table.table)!.anchor;
  const tasks = planTasks(blocks);
  let firstRow = 0; // the table holds each item's sub-rows in turn (5-parse/document.ts)
  return table.items.map((item) => {
    const tableRow = { table: tableAnchor, index: firstRow };
    if (table.table.rows[firstRow]?.[0] !== item.label)
      throw new IngestError(where, 'table-row', `item ${item.label} is not at row ${firstRow} of its table`);
    firstRow += item.rows.length;
    const rows = item.rows.map((r) => ({ measures: r.measures, ...unitRow(reformRowRoles(r.units), registry) }));
    const task = tasks.get(item.name);
    const rowAt = { file: doc.source.file, line: item.lines[0]!.no };
    return validated(
      itemSchema,
      {
        slug: `${record.slug}-${String(item.no).padStart(3, '0')}`,
        document: record.number,
        documentSlug: record.slug,
        list: table.list,
        no: item.no,
        national: item.national,
        name: item.name,
        rows,
        ...itemRoles(rows),
        ...(task ? { task } : {}),
        anchor: rowAnchor(tableAnchor, item.no),
        tableRow,
        issue: issue.id,
      },
      rowAt,
      `reform item ${item.no}`,
    );
  });
}

/** A sub-row's printed units with their slugs and roles. */
function unitRow(row: RowRoles, registry: UnitRegistry): Omit<ItemRow, 'measures'> {
  return { units: row.units, slugs: row.units.map((name) => registry.lookup(name)!.slug), roles: row.roles };
}

/** 推进举措 of a plan: level-2 sections whose last paragraph is a responsibility clause. */
function planItems({ issue, record, doc, blocks, registry }: ItemSource): ItemRecord[] {
  const items: ItemRecord[] = [];
  let list = '';
  for (let i = 0; i < blocks.length; i += 1) {
    const { block, anchor, part } = blocks[i]!;
    if (part.kind !== 'plan' || !isSectionHead(block)) continue;
    if (block.level === 1) list = sectionTitle(block).replace(/^[一二三四五六七八九十]+、/, '');
    if (block.level !== 2) continue;
    const body: string[] = block.kind === 'runin' ? [block.text.slice(block.lead.length)] : [];
    let j = i + 1;
    while (j < blocks.length && blocks[j]!.block.kind === 'paragraph' && blocks[j]!.part === part) body.push(blockText(blocks[j++]!.block));
    const clause = body[body.length - 1];
    const roles = clause ? planRowRoles(clause, registry) : undefined;
    if (!roles || body.length < 2) continue;
    const rows = [{ measures: body.slice(0, -1).join(''), ...unitRow(roles, registry) }];
    items.push(
      validated(
        itemSchema,
        {
          slug: `${record.slug}-${String(block.number).padStart(2, '0')}`,
          document: record.number,
          documentSlug: record.slug,
          list,
          no: block.number,
          national: false,
          name: sectionTitle(block).replace(/^\uff08[一二三四五六七八九十]+\uff09/, ''),
          rows,
          responsibility: clause,
          ...itemRoles(rows),
          anchor,
          issue: issue.id,
        },
        { file: doc.source.file, line: block.lines[0]?.no ?? doc.source.numberLine.no },
        `plan measure ${block.number}`,
      ),
    );
  }
  return items;
}
