/**
 * The sitemap cut by year (issue 17: one sitemap holds at most 50,000 URLs, and an archive of 400
 * issues has more pages than that): sitemap.xml is an index of sitemaps/site.xml (the pages that
 * belong to no issue) and sitemaps/<year>.xml (the issues, documents and items of that year's
 * issues, their documents index and items tables, the earlier years' pages of units and counties, and
 * the pages of one document's items of a unit's year too big for one page).
 */
import { documentPagePath, unitDocumentPages, unitYears, type SiteData } from './data.ts';
import { documentsYearPath, issuesByYear } from './issues.ts';

/** Site-relative paths by sitemap name ('site' or a year), the years newest first. */
export function sitemapPaths(data: SiteData): Map<string, string[]> {
  const maps = new Map<string, string[]>([
    [
      'site',
      [
        '',
        'issues/',
        'documents/',
        'items/',
        'units/',
        'counties/',
        'search/',
        'data/',
        ...data.units.map((x) => `units/${x.slug}/`),
        ...data.counties.map((c) => `counties/${c.slug}/`),
      ],
    ],
  ]);
  const add = (year: number, path: string) => {
    const key = String(year);
    if (!maps.has(key)) maps.set(key, []);
    maps.get(key)!.push(path);
  };
  for (const i of [...data.issues].sort((a, b) => b.year - a.year)) add(i.year, `issues/${i.id}/`);
  // each earlier year's documents index (the newest one's is /documents/)
  for (const { year } of issuesByYear(data).slice(1)) add(year, documentsYearPath(data, year));
  for (const d of data.docs) add(data.yearOfIssue.get(d.issue)!, `documents/${d.slug}/`);
  for (const i of data.items) add(data.yearOfIssue.get(i.issue)!, `items/${i.slug}/`);
  // each earlier issue's items table (the newest one's is /items/)
  for (const id of [...new Set(data.items.map((i) => i.issue))].sort().slice(0, -1)) add(data.yearOfIssue.get(id)!, `items/issues/${id}/`);
  // each earlier year of a unit or county page, and the document pages of a year too big for one page
  for (const [units, county] of [
    [data.units, false],
    [data.counties, true],
  ] as const) {
    for (const x of units) {
      for (const y of unitYears(data, x, county).slice(1)) add(y.year, y.path);
      for (const p of unitDocumentPages(data, x, county)) add(p.year.year, documentPagePath(x.slug, county, p.year.year, p.document));
    }
  }
  return maps;
}
