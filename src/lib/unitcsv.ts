import type { SiteData, UnitYear } from './data.ts';
import { csv } from './csv.ts';
import { abs, itemUrl } from './url.ts';
import { shownRows } from './unit-pages.ts';
import { roleLabelOf, roleOf } from '../../model/roles.ts';

/**
 * A unit's (or county's) task list for one year as CSV (issue 17: a whole archive's ran to megabytes):
 * its items, then those a county shares as one of 各县(市、区)人民政府; a unit without a year, the header only.
 */
export function unitCsv(data: SiteData, slug: string, site: URL | undefined, year: UnitYear | undefined): string {
  const rows: (string | number | boolean)[][] = [
    ['文号', '清单', '序号', '国家任务（∗）', '事项', '角色', '本单位相关举措', '全部责任单位', '链接', '路径'],
  ];
  for (const it of year ? [...year.st.all, ...year.lists.collective] : []) {
    const role = roleOf(it, slug);
    rows.push([
      it.document,
      it.list,
      it.no,
      it.national ? '∗' : '',
      it.name,
      role ? roleLabelOf(role, it) : '各县共同承担',
      shownRows(it, slug)
        .map((r) => r.measures)
        .join('\n'),
      it.units.map((s) => data.unitBySlug.get(s)?.name ?? s).join('、'),
      abs(itemUrl(it.slug), site),
      itemUrl(it.slug),
    ]);
  }
  return csv(rows);
}
