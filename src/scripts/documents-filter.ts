/** Documents index: narrow the list by year, issue, 文种 and issuer; an issue left empty is hidden. */
import { FILTER_KEYS } from '../lib/markup.ts';
import { bindFilterForm, describeFilters } from './filter-form.ts';

const form = document.getElementById('doc-filters') as HTMLFormElement;
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
