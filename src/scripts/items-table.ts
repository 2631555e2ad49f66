/** Items index: client-side filtering (unit, county, ∗, document, text) and sorting. The filter mirrors the URL query. */
import { bindFilterForm, describeFilters } from './filter-form.ts';

const form = document.getElementById('item-filters') as HTMLFormElement;
const table = document.getElementById('items-table') as HTMLTableElement;
const tbody = table.tBodies[0]!;
const rows = [...tbody.rows];
const count = document.getElementById('items-count')!;

function apply(f: Record<string, string>) {
  let n = 0;
  for (const r of rows) {
    const d = r.dataset;
    const ok =
      (!f.doc || d.doc === f.doc) &&
      (!f.unit || d.units!.split(' ').includes(f.unit)) &&
      (!f.county || d.counties!.split(' ').some((c) => c === f.county || c === '*')) &&
      (!f.national || d.national === '1') &&
      (!f.q || d.name!.includes(f.q));
    r.hidden = !ok;
    if (ok) n++;
  }
  const filters = describeFilters(form);
  count.textContent = `共${n}项${filters ? `（筛选：${filters}；全部${rows.length}项）` : ''}`;
}

let sortKey = 'order';
let dir = 1;
function sort(key: string) {
  dir = key === sortKey ? -dir : 1;
  sortKey = key;
  const val = (r: HTMLTableRowElement): string | number => {
    const d = r.dataset;
    if (key === 'name') return d.name!;
    if (key === 'national') return -Number(d.national);
    if (key === 'units') return Number(d.nunits);
    return Number(d.order);
  };
  rows.sort((a, b) => {
    const x = val(a),
      y = val(b);
    const c = typeof x === 'number' ? x - (y as number) : x.localeCompare(y as string, 'zh');
    return (c || Number(a.dataset.order) - Number(b.dataset.order)) * dir;
  });
  tbody.append(...rows);
  for (const th of table.tHead!.rows[0]!.cells) {
    const b = th.querySelector('button');
    if (b) th.setAttribute('aria-sort', b.dataset.sort === key ? (dir > 0 ? 'ascending' : 'descending') : 'none');
  }
}
table.tHead!.addEventListener('click', (e) => {
  const b = (e.target as HTMLElement).closest('button[data-sort]') as HTMLButtonElement | null;
  if (b) sort(b.dataset.sort!);
});
bindFilterForm(form, apply);
