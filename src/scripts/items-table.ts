/** Items index: client-side filtering (unit, county, ∗, document, text) and sorting. State mirrors the URL query. */
const form = document.getElementById('item-filters') as HTMLFormElement;
const table = document.getElementById('items-table') as HTMLTableElement;
const tbody = table.tBodies[0]!;
const rows = [...tbody.rows];
const count = document.getElementById('items-count')!;
const get = (id: string) => document.getElementById(id) as HTMLInputElement | HTMLSelectElement;

const params = new URLSearchParams(location.search);
get('f-doc').value = params.get('doc') ?? '';
get('f-unit').value = params.get('unit') ?? '';
get('f-county').value = params.get('county') ?? '';
(get('f-national') as HTMLInputElement).checked = params.get('national') === '1';
get('f-text').value = params.get('q') ?? '';

function apply() {
  const doc = get('f-doc').value;
  const unit = get('f-unit').value;
  const county = get('f-county').value;
  const national = (get('f-national') as HTMLInputElement).checked;
  const text = get('f-text').value.trim();
  let n = 0;
  for (const r of rows) {
    const d = r.dataset;
    const ok =
      (!doc || d.doc === doc) &&
      (!unit || d.units!.split(' ').includes(unit)) &&
      (!county || d.counties!.split(' ').some((c) => c === county || c === '*')) &&
      (!national || d.national === '1') &&
      (!text || d.name!.includes(text));
    r.hidden = !ok;
    if (ok) n++;
  }
  count.textContent = `共 ${n} 项${n !== rows.length ? `（全部 ${rows.length} 项）` : ''}`;
  const q = new URLSearchParams();
  if (doc) q.set('doc', doc);
  if (unit) q.set('unit', unit);
  if (county) q.set('county', county);
  if (national) q.set('national', '1');
  if (text) q.set('q', text);
  const s = q.toString();
  history.replaceState(null, '', s ? `?${s}` : location.pathname);
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
    const x = val(a), y = val(b);
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
form.addEventListener('input', apply);
form.addEventListener('change', apply);
form.addEventListener('submit', (e) => e.preventDefault());
apply();
