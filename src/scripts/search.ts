/** Search page: Pagefind (loaded on demand) through src/search/client/, with filters and 文号 jump. */
import { runSearch, type Hit } from '../search/client/query.ts';
import { excerpt } from '../search/client/excerpt.ts';
import { openPagefind, type PagefindModule } from '../search/client/pagefind.ts';
import { simplifier } from '../search/client/simplify.ts';
import { unitsLine, escapeHtml as esc } from '../search/record.ts';
import { numberUrl, type NumberIndex } from '../search/numbers.ts';

const base = document.documentElement.dataset.base ?? '/';
const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('q') as HTMLInputElement;
const status = document.getElementById('status')!;
const list = document.getElementById('results') as HTMLOListElement;
const more = document.getElementById('more') as HTMLButtonElement;
const fieldset = document.getElementById('filters') as HTMLFieldSetElement;
const FILTERS = ['kind', 'issuer', 'unit', 'national'] as const;
const sel = (k: string) => document.getElementById(`f-${k}`) as HTMLSelectElement;

let pf: PagefindModule | undefined;
/** Traditional → Simplified; fetches the dictionary only for a query that needs it */
const simplify = simplifier(base);

async function load() {
  if (!pf) {
    const mod = await openPagefind(base);
    pf = mod;
    const all = await mod.filters();
    for (const k of FILTERS) {
      const s = sel(k);
      const values = Object.keys(all[k] ?? {}).sort((a, b) => a.localeCompare(b, 'zh'));
      for (const v of values) s.append(new Option(`${v}（${all[k]![v]}）`, v));
    }
    fieldset.disabled = false;
    const p = new URLSearchParams(location.search);
    for (const k of FILTERS) sel(k).value = p.get(k) ?? '';
  }
  return pf!;
}

let numbers: NumberIndex | undefined;
async function documentOfNumber(n: string): Promise<string | undefined> {
  numbers ??= (await fetch(`${base}search/numbers.json`).then((r) => r.json())) as NumberIndex;
  return numberUrl(numbers, n);
}

let hits: Hit[] = [];
let shown = 0;
const PAGE = 20;

async function renderMore() {
  const slice = hits.slice(shown, shown + PAGE);
  shown += slice.length;
  const data = await Promise.all(slice.map((h) => h.load()));
  for (const d of data) {
    const ex = excerpt(d);
    const li = document.createElement('li');
    const href = ex.anchor ? `${d.url}#${ex.anchor}` : d.url;
    const m = d.meta;
    li.innerHTML =
      `<p class="r-kind"><span class="badge">${esc(m.kind ?? '')}</span> ${esc(m.number ?? '')} ${esc(m.no ?? '')}</p>` +
      `<h3><a href="${esc(href)}">${esc(m.title ?? d.url)}</a></h3>` +
      (m.units ? `<p class="r-units">${esc(unitsLine(m.units))}</p>` : '') +
      `<p class="r-ex">${ex.html}</p>`;
    list.append(li);
  }
  more.hidden = shown >= hits.length;
}

async function run(push: boolean) {
  const q = input.value;
  const filters: Record<string, string> = {};
  const api = await load();
  for (const k of FILTERS) if (sel(k).value) filters[k] = sel(k).value;
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const [k, v] of Object.entries(filters)) params.set(k, v);
  if (push) history.replaceState(null, '', `?${params}`);
  const out = await runSearch(api, await simplify(q), filters, undefined, base);
  if (out.number && !Object.keys(filters).length) {
    const url = await documentOfNumber(out.number);
    if (url) {
      status.textContent = `正在打开 ${out.number}…`;
      location.assign(url);
      return;
    }
  }
  hits = out.hits;
  shown = 0;
  list.replaceChildren();
  more.hidden = true;
  if (!q.trim() && !Object.keys(filters).length) {
    status.textContent = '';
    return;
  }
  status.textContent = hits.length
    ? `“${out.query}”共 ${hits.length} 条结果${out.query !== q.trim() ? `（已按简体“${out.query}”搜索）` : ''}`
    : `没有找到包含“${out.query}”的页面。`;
  await renderMore();
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  void run(true);
});
fieldset.addEventListener('change', () => void run(true));
more.addEventListener('click', () => void renderMore());

const initial = new URLSearchParams(location.search);
input.value = initial.get('q') ?? '';
if (input.value || FILTERS.some((k) => initial.get(k))) void run(false);
else input.addEventListener('focus', () => void load(), { once: true });
