/**
 * How a unit's year is laid out in pages (src/lib/unit-pages.ts): on one page while its lists fit
 * the budget, one document a page beyond it, over the real issue's items (content/items).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Item } from '../src/lib/data.ts';
import { LIST_ROLES, listsBytes, listsByDocument, shownRows, splitByDocument, type UnitLists } from '../src/lib/unit-pages.ts';

const dir = path.join(import.meta.dirname, '../content/items');
const items: Item[] = readdirSync(dir).map((f) => parseYaml(readFileSync(path.join(dir, f), 'utf8').split(/^---$/m)[1]!) as Item);
const item = (slug: string) => items.find((i) => i.slug === slug)!;

/** `unit`'s lists over `of`, as a unit page has them (no county share). */
function listsOf(unit: string, of: Item[] = items): UnitLists {
  const role = (r: 'lead' | 'support' | 'implement') => of.filter((i) => i[r].includes(unit));
  return { lead: role('lead'), support: role('support'), implement: role('implement'), collective: [] };
}

/** The same items printed again in another document, as the next issue's copy of a plan would be. */
const reprinted = (of: Item[], document: string): Item[] => of.map((i) => ({ ...i, slug: `${document}-${i.no}`, documentSlug: document }));

const count = (lists: UnitLists) => LIST_ROLES.reduce((n, r) => n + lists[r].length, 0);

describe('the rows a unit page shows of an item', () => {
  it('are the sub-rows naming the unit, as printed', () => {
    const it7 = item('lzf-2023-2-007');
    const rows = shownRows(it7, 'approval-service');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.slugs.includes('approval-service'))).toBe(true);
    expect(rows).toEqual(it7.rows.filter((r) => r.slugs.includes('approval-service')));
  });

  it('are every sub-row when none names the unit (a county sharing an item of 各县（市、区）人民政府)', () => {
    const shared = items.find((i) => i.rows.length > 1 && i.rows.every((r) => !r.slugs.includes('anze')))!;
    expect(shownRows(shared, 'anze')).toEqual(shared.rows);
  });
});

describe('a unit year’s pages', () => {
  const unit = 'approval-service';
  const year = listsOf(unit);

  it('the estimate grows with the text shown: the same items printed twice cost twice as much', () => {
    const twice = listsOf(unit, [...items, ...reprinted(items, 'copy-2023-3')]);
    expect(listsBytes(year, unit)).toBeGreaterThan(20_000);
    expect(listsBytes(twice, unit)).toBe(2 * listsBytes(year, unit));
  });

  it('stay one page while the lists fit the budget, and go one document a page beyond it', () => {
    const bytes = listsBytes(year, unit);
    expect(splitByDocument(year, unit, bytes)).toBe(false);
    expect(splitByDocument(year, unit, bytes - 1)).toBe(true);
  });

  it('a year of twelve issues of the real plan goes one document a page at the site’s budget; the real issue alone does not', () => {
    const twelve = listsOf(unit, Array.from({ length: 12 }, (_, k) => reprinted(items, `copy-${k}`)).flat());
    expect(splitByDocument(year, unit)).toBe(false);
    expect(splitByDocument(twelve, unit)).toBe(true);
  });

  it('one document a page: each document once, in the corpus order given, its lists holding its own items, the counts adding up', () => {
    const copy = reprinted(items, 'copy-2023-3');
    const both = listsOf(unit, [...items, ...copy]);
    const rank = new Map([
      ['copy-2023-3', 0],
      ['lzf-2023-2', 1],
      ['lzbf-2023-2', 2],
    ]);
    const pages = listsByDocument(both, (d) => rank.get(d)!);
    expect(pages.map((p) => p.document)).toEqual(
      ['copy-2023-3', 'lzf-2023-2', 'lzbf-2023-2'].filter((d) => pages.some((p) => p.document === d)),
    );
    for (const p of pages) for (const r of LIST_ROLES) expect(p.lists[r].every((i) => i.documentSlug === p.document)).toBe(true);
    for (const r of LIST_ROLES)
      expect(
        pages.reduce((n, p) => n + p.lists[r].length, 0),
        r,
      ).toBe(both[r].length);
    expect(pages.find((p) => p.document === 'copy-2023-3')!.lists.lead.map((i) => i.name)).toEqual(year.lead.map((i) => i.name));
    expect(count(both)).toBe(2 * count(year));
  });
});
