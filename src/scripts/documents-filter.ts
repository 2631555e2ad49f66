/**
 * Documents index of one year: narrow the list by issue, 文种 and issuer; an issue left empty is
 * hidden. A link naming another year (?year=, as the index took before it went by year) or an
 * issue of another year goes on to that year's page with the rest of its query.
 */
import { FILTER_KEYS } from '../lib/markup.ts';
import { bindFilterForm, describeFilters } from './filter-form.ts';

const form = document.getElementById('doc-filters') as HTMLFormElement;
const yearPaths: Record<string, string> = JSON.parse(form.dataset.yearPaths!);
const params = new URLSearchParams(location.search);
const issue = params.get('issue');
/** The year of `id`: this page's when its issue menu lists it, else from the list of every issue (fetched only then). */
async function yearOfIssue(id: string): Promise<string | undefined> {
  if (form.querySelector(`select[name="issue"] option[value="${CSS.escape(id)}"]`)) return form.dataset.year;
  const years = (await fetch(form.dataset.issueYears!)
    .then((r) => (r.ok ? r.json() : {}))
    .catch(() => ({}))) as Record<string, number>;
  return years[id] === undefined ? undefined : String(years[id]);
}
const wanted = (issue && (await yearOfIssue(issue))) || params.get('year');
params.delete('year');
if (wanted && String(wanted) !== form.dataset.year && yearPaths[wanted]) {
  const rest = params.toString();
  location.replace(yearPaths[wanted] + (rest ? `?${rest}` : ''));
} else {
  const groups = [...document.querySelectorAll<HTMLElement>('#doc-groups .doc-group')];
  const entries = groups.flatMap((g) => [...g.querySelectorAll<HTMLLIElement>('li')]);
  const count = document.getElementById('docs-count')!;
  bindFilterForm(form, (f) => {
    let n = 0;
    for (const li of entries) {
      const ok = FILTER_KEYS.documents.every((k) => !f[k] || li.dataset[k] === f[k]);
      li.hidden = !ok;
      if (ok) n++;
    }
    for (const g of groups) g.hidden = !g.querySelector('li:not([hidden])');
    const filters = describeFilters(form);
    count.textContent = `共${n}件${filters ? `（筛选：${filters}；全部${entries.length}件）` : ''}`;
  });
}
