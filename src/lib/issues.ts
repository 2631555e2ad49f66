/** The gazette issues as the archive, the home page and the documents index show them. */
import type { Issue } from '../../model/schema.ts';
import type { Doc, SiteData } from './data.ts';

/** Short name of an issue, e.g. 2023年第2期. */
export const issueLabel = (issue: Issue): string => `${issue.year}年第${issue.number}期`;

/** Issues in publication order (year, then number within the year). */
export function issuesInOrder(data: SiteData): Issue[] {
  return [...data.issues].sort((a, b) => a.year - b.year || a.number - b.number);
}

export function latestIssue(data: SiteData): Issue | undefined {
  return issuesInOrder(data).at(-1);
}

/** Documents of one issue in printed order. */
export function issueDocs(data: SiteData, id: string): Doc[] {
  return data.docs.filter((d) => d.issue === id).sort((a, b) => a.order - b.order);
}

/** Years, newest first, each with its issues newest first. */
export function issuesByYear(data: SiteData): { year: number; issues: Issue[] }[] {
  const years = new Map<number, Issue[]>();
  for (const issue of issuesInOrder(data).reverse()) years.set(issue.year, [...(years.get(issue.year) ?? []), issue]);
  return [...years].map(([year, issues]) => ({ year, issues }));
}

/** The issue before and after `id` in publication order. */
export function adjacentIssues(data: SiteData, id: string): { prev?: Issue; next?: Issue } {
  const all = issuesInOrder(data);
  const i = all.findIndex((x) => x.id === id);
  return { prev: all[i - 1], next: all[i + 1] };
}

/**
 * The documents index of `year` (issue 17: one page a year, so that no index page grows with the
 * archive): the newest year's is /documents/, each earlier year's /documents/years/<year>/.
 */
export function documentsYearPath(data: SiteData, year: number): string {
  return year === latestIssue(data)?.year ? 'documents/' : `documents/years/${year}/`;
}
