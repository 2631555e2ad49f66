/**
 * Task links: under a heading of the plan that an item implements (the item record's `task`), a
 * line lists the items that implement it, linked to their pages; a plan measure that is itself a
 * heading (a 推进举措, anchored at its heading) links its own page under that heading.
 */
import type { Root } from 'hast';
import type { ItemRecord } from '../../model/schema.ts';
import { itemUrl } from '../lib/url.ts';
import { blockById, el, txt } from './hast.ts';

export type TaskItem = Pick<ItemRecord, 'slug' | 'no' | 'name' | 'national' | 'task' | 'anchor' | 'tableRow'>;

export function linkTasks(root: Root, items: TaskItem[]): void {
  const byTask = Map.groupBy(
    items.filter((item) => item.task),
    (item) => item.task!.anchor,
  );
  for (const [anchor, tasks] of byTask) {
    const heading = blockById(root, anchor);
    if (!heading) throw new Error(`no heading ${anchor} for the task of item ${tasks[0]!.slug}`);
    const list = el('div', { className: ['task-items'], dataPagefindIgnore: '' }, [
      el('span', { className: ['label'] }, [txt('落实事项：')]),
      ...tasks.flatMap((item, k) => [
        ...(k ? [txt(' ')] : []),
        el('a', { href: itemUrl(item.slug) }, [txt(`${item.national ? '∗' : ''}${item.no}. ${item.name}`)]),
      ]),
    ]);
    root.children.splice(root.children.indexOf(heading) + 1, 0, list);
  }
  for (const item of items) {
    const heading = !item.tableRow && item.anchor ? blockById(root, item.anchor) : undefined;
    if (!heading || !/^h[1-6]$/.test(heading.tagName)) continue;
    const line = el('div', { className: ['task-items'], dataPagefindIgnore: '' }, [
      el('span', { className: ['label'] }, [txt('本举措：')]),
      el('a', { href: itemUrl(item.slug) }, [txt(`第${item.no}项的责任单位与分工`)]),
    ]);
    root.children.splice(root.children.indexOf(heading) + 1, 0, line);
  }
}
