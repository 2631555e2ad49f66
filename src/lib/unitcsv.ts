import type { SiteData, Item } from './data.ts';
import { csv } from './csv.ts';
import { abs, itemUrl } from './url.ts';
import { roleLabelOf, roleOf } from '../../model/roles.ts';

/** A unit's (or county's) own task list as CSV; `extra` are items it shares as one of 各县(市、区)人民政府. */
export function unitCsv(data: SiteData, slug: string, site: URL | undefined, extra: Item[] = []): string {
  const st = data.stats.get(slug)!;
  const rows: (string | number | boolean)[][] = [
    ['文号', '清单', '序号', '国家任务（∗）', '事项', '角色', '本单位相关举措', '全部责任单位', '链接', '路径'],
  ];
  for (const it of [...st.all, ...extra]) {
    const role = roleOf(it, slug);
    const mine = it.rows.filter((r) => r.slugs.includes(slug));
    rows.push([
      it.document,
      it.list,
      it.no,
      it.national ? '∗' : '',
      it.name,
      role ? roleLabelOf(role, it) : '各县共同承担',
      (mine.length ? mine : it.rows).map((r) => r.measures).join('\n'),
      it.units.map((s) => data.unitBySlug.get(s)?.name ?? s).join('、'),
      abs(itemUrl(it.slug), site),
      itemUrl(it.slug),
    ]);
  }
  return csv(rows);
}
