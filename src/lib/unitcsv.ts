import type { SiteData, Item } from './data.ts';
import { csv } from './csv.ts';
import { abs, itemUrl } from './url.ts';

/** A unit's (or county's) own task list as CSV. */
export function unitCsv(data: SiteData, slug: string, site: URL | undefined, extra: Item[] = []): string {
  const st = data.stats.get(slug)!;
  const name = data.unitBySlug.get(slug)!.name;
  const aliases = new Set([name, ...data.unitBySlug.get(slug)!.aliases]);
  const role = (it: Item) =>
    it.lead.includes(slug) ? '牵头' : it.implement.includes(slug) ? '具体落实' : it.units.includes(slug) ? '配合' : '各县共同承担';
  const rows: (string | number | boolean)[][] = [['文号', '清单', '序号', '国家任务（∗）', '事项', '角色', '本单位相关举措', '全部责任单位', '链接', '路径']];
  for (const it of [...st.all, ...extra]) {
    const mine = it.rows.filter((r) => r.units.some((n) => aliases.has(n) || data.unitByName.get(n) === slug));
    rows.push([
      it.document, it.list, it.no, it.national ? '∗' : '', it.name, role(it),
      (mine.length ? mine : it.rows).map((r) => r.measures).join('\n'),
      it.units.map((s) => data.unitBySlug.get(s)?.name ?? s).join('、'),
      abs(itemUrl(it.slug), site),
      itemUrl(it.slug),
    ]);
  }
  return csv(rows);
}
