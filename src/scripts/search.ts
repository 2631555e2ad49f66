/**
 * Search page: Pagefind (loaded on demand) through src/search/client/, with filters and 文号 jump.
 * The newest year is searched first; 更早的结果 goes on to the earlier years one at a time
 * (client/years.ts), and a chosen year is searched directly.
 */
import type { Hit, Outcome } from '../search/client/query.ts';
import { excerpt } from '../search/client/excerpt.ts';
import { openPagefind } from '../search/client/pagefind.ts';
import { simplifier } from '../search/client/simplify.ts';
import { Archive } from '../search/client/years.ts';
import { unitsLine, escapeHtml as esc } from '../search/record.ts';
import { numberUrl, type NumberIndex } from '../search/numbers.ts';
import { queryTerms } from '../search/tokenize.ts';

const base = document.documentElement.dataset.base ?? '/';
const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('q') as HTMLInputElement;
const status = document.getElementById('status')!;
const list = document.getElementById('results') as HTMLOListElement;
const more = document.getElementById('more') as HTMLButtonElement;
const suggestions = document.getElementById('suggest') as HTMLParagraphElement;
const fieldset = document.getElementById('filters') as HTMLFieldSetElement;
const FILTERS = ['kind', 'issuer', 'unit', 'national', 'year'] as const;
const sel = (k: string) => document.getElementById(`f-${k}`) as HTMLSelectElement;

let archive: Archive | undefined;
const initial = new URLSearchParams(location.search);
/** Traditional → Simplified; fetches the dictionary only for a query that needs it */
const simplify = simplifier(base);

async function load(): Promise<Archive> {
  if (!archive) {
    archive = await Archive.open(await openPagefind(base), base);
    for (const y of archive.allYears()) sel('year').append(new Option(String(y), String(y)));
    fieldset.disabled = false;
    if (FILTERS.some((k) => initial.get(k))) await loadMenus();
  }
  return archive;
}

let menus: Promise<void> | undefined;
/**
 * The filter menus' values, loaded when the reader goes for them (or the address holds a filter):
 * Pagefind's filter lists grow with the year's pages, and a search without filters needs none.
 */
function loadMenus(): Promise<void> {
  menus ??= (async () => {
    const all = await archive!.pf.filters();
    for (const k of FILTERS) {
      if (k === 'year') continue;
      const values = Object.keys(all[k] ?? {}).sort((a, b) => a.localeCompare(b, 'zh'));
      for (const v of values) sel(k).append(new Option(v, v));
    }
    for (const k of FILTERS) sel(k).value = initial.get(k) ?? '';
  })();
  return menus;
}

/** Each menu's options labelled with how many results of the current query they would leave (nothing when unknown). */
function showCounts(counts: Record<string, Record<string, number>> | undefined): void {
  for (const k of FILTERS) {
    if (k === 'year') continue;
    for (const o of sel(k).options) if (o.value) o.textContent = counts ? `${o.value}（${counts[k]?.[o.value] ?? 0}）` : o.value;
  }
}

let numbers: NumberIndex | undefined;
async function documentOfNumber(n: string): Promise<string | undefined> {
  numbers ??= (await fetch(`${base}search/numbers.json`).then((r) => r.json())) as NumberIndex;
  return numberUrl(numbers, n);
}

/** The search in progress: its query and filters, the blocks still to go through, the hits fetched. */
let current: { q: string; query: string; filters: Record<string, string>; blocks: string[]; next: number } | undefined;
let hits: Hit[] = [];
let shown = 0;
const PAGE = 20;

/** Labels the 显示更多 button: more of the fetched hits, or the next earlier year. */
function updateMore(): void {
  const next = current && current.blocks[current.next];
  more.hidden = shown >= hits.length && !next;
  more.textContent = shown < hits.length ? '显示更多' : next ? `更早的结果（${archive!.yearOf(next)}年）` : '';
}

/** Fetches the next block's hits. */
async function fetchNextBlock(): Promise<Outcome> {
  const c = current!;
  const block = c.blocks[c.next++]!;
  const out = await archive!.search(c.query, c.filters, block);
  hits.push(...out.hits);
  showCounts(c.next === 1 ? out.counts : undefined);
  const years = c.blocks.slice(0, c.next).map((b) => `${archive!.yearOf(b)}年`);
  const span =
    c.blocks.length > 1
      ? `（${years.length > 1 ? `${years.at(-1)}–${years[0]}` : years[0]}${c.next < c.blocks.length ? '，更早的年份尚未搜索' : ''}）`
      : '';
  status.textContent = hits.length
    ? `“${c.query}”共 ${hits.length} 条结果${span}${c.query !== c.q.trim() ? `（已按简体“${c.query}”搜索）` : ''}`
    : `没有找到包含“${c.query}”的页面${span}。`;
  return out;
}

/** Shows the next page of hits; once the fetched ones are all shown, `goOn` fetches the next earlier year's. */
async function renderMore(goOn = true): Promise<void> {
  if (goOn && shown >= hits.length && current && current.next < current.blocks.length) await fetchNextBlock();
  const slice = hits.slice(shown, shown + PAGE);
  shown += slice.length;
  const data = await Promise.all(slice.map((h) => h.load()));
  let first: HTMLAnchorElement | undefined;
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
    first ??= li.querySelector('a')!;
  }
  updateMore();
  // after 显示更多, the reader goes on from the first new result, not from the button far below it
  if (first && list.children.length > slice.length) first.focus();
}

/** For a one-term query with no result, the terms one character off that exist, as links. */
async function offerSuggestions(): Promise<void> {
  const c = current!;
  const terms = queryTerms(c.query);
  if (hits.length || terms.length !== 1) return;
  const found = await archive!.suggest(terms[0]!, c.blocks[0]!);
  if (!found.length || current !== c) return;
  suggestions.innerHTML = `您是不是要找：${found.map((t) => `<a href="?q=${encodeURIComponent(t)}">${esc(t)}</a>`).join('、')}`;
  suggestions.hidden = false;
}

async function run(push: boolean): Promise<void> {
  const q = input.value;
  const filters: Record<string, string> = {};
  const a = await load();
  for (const k of FILTERS) if (sel(k).value) filters[k] = sel(k).value;
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const [k, v] of Object.entries(filters)) params.set(k, v);
  if (push) history.replaceState(null, '', `?${params}`);
  const query = await simplify(q);
  list.replaceChildren();
  suggestions.hidden = true;
  hits = [];
  shown = 0;
  current = { q, query, filters, blocks: a.blocks(filters.year), next: 0 };
  if (!q.trim() && !Object.keys(filters).length) {
    status.textContent = '';
    current.next = current.blocks.length;
    updateMore();
    return;
  }
  const { number } = await fetchNextBlock();
  if (number && !Object.keys(filters).length) {
    const url = await documentOfNumber(number);
    if (url) {
      status.textContent = `正在打开 ${number}…`;
      // replace: Back from the document returns to the page before the search, not to this jump
      location.replace(url);
      return;
    }
  }
  await renderMore(false);
  await offerSuggestions();
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  void run(true);
});
fieldset.addEventListener('change', () => void run(true));
more.addEventListener('click', () => void renderMore());

for (const ev of ['pointerenter', 'focusin', 'touchstart'])
  fieldset.addEventListener(ev, () => archive && void loadMenus(), { passive: true });
input.value = initial.get('q') ?? '';
if (input.value || FILTERS.some((k) => initial.get(k))) void run(false);
else input.addEventListener('focus', () => void load(), { once: true });
