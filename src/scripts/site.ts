/**
 * Every page: copy link / copy citation buttons, the 简/繁 switch (converter loaded lazily,
 * choice remembered in localStorage), and marking of the #anchor target.
 */
import { blockCitation } from '../lib/citation.ts';
import { watchContents } from './toc.ts';
import {
  BLOCK_CITATION_ATTR,
  BODY_CLASS,
  CITE_ATTR,
  CITE_ISSUED_ATTR,
  COPY_BLOCK_CLASS,
  COPY_PAGE_CLASS,
  TOOLS_ASKED_CLASS,
  TOOLS_CLASS,
} from '../lib/markup.ts';

const root = document.documentElement;
root.classList.add('js');
watchContents();

// ---------- copy link / citation ----------
const live = document.createElement('div');
live.className = 'sr-only';
live.setAttribute('role', 'status');
live.setAttribute('aria-live', 'polite');
document.body.append(live);
const toast = document.createElement('div');
toast.className = 'toast';
toast.hidden = true;
document.body.append(toast);

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.className = 'offscreen';
    document.body.append(ta);
    ta.select();
    const ok = document.execCommand('copy');
    ta.remove();
    return ok;
  }
}
let toastTimer = 0;
function say(msg: string) {
  live.textContent = msg;
  toast.textContent = msg;
  toast.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => (toast.hidden = true), 2500);
}
/** The page's canonical address (the site's, whichever mirror or preview the reader is on). */
const pageUrl = () => document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.origin + location.pathname;

/** Text of a heading without its tools. */
function headingText(h: Element): string {
  const c = h.cloneNode(true) as Element;
  c.querySelector(`.${TOOLS_CLASS}`)?.remove();
  return (c.textContent ?? '').trim();
}

/** The heading `el` is (a heading names itself) or stands under, inside the text. */
function headingOf(el: Element): Element | undefined {
  if (el.matches('h1,h2,h3,h4,h5,h6')) return el;
  let last: Element | undefined;
  for (const h of document.querySelectorAll(`.${BODY_CLASS} :is(h2, h3, h4, h5, h6)`)) {
    if (h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) last = h;
  }
  return last;
}

document.addEventListener('click', async (e) => {
  const btn = (e.target as Element).closest(`button.${COPY_BLOCK_CLASS}, button.${COPY_PAGE_CLASS}`) as HTMLButtonElement | null;
  if (!btn) return;
  const art = btn.closest(`[${CITE_ATTR}]`) as HTMLElement | null;
  const act = btn.dataset.act;
  if (btn.classList.contains(COPY_PAGE_CLASS)) {
    const text = act === 'cite' ? `${art?.getAttribute(CITE_ATTR) ?? document.title} ${pageUrl()}` : pageUrl();
    say((await copy(text)) ? (act === 'cite' ? '已复制引用' : '已复制链接') : '复制失败');
    return;
  }
  const block = btn.closest('[id]') as HTMLElement | null;
  if (!block) return;
  const url = `${pageUrl()}#${block.id}`;
  let text = url;
  const own = block.getAttribute(BLOCK_CITATION_ATTR);
  if (act === 'cite' && own) {
    // an article of a regulation is cited on its own: 《…办法》第十二条 (src/render/paragraph-tools.ts)
    text = `${own} ${url}`;
  } else if (act === 'cite') {
    const doc = art?.getAttribute(CITE_ATTR) ?? document.title;
    const heading = headingOf(block);
    text = `${blockCitation({ doc, issued: art?.getAttribute(CITE_ISSUED_ATTR) ?? doc }, block.id, heading && headingText(heading))} ${url}`;
  }
  say((await copy(text)) ? (act === 'cite' ? '已复制引用' : '已复制本段链接') : '复制失败');
});

// ---------- paragraph tools: one tab stop per block, shown on a tap ----------
// a block's ¶ link is its one tab stop; its copy buttons join the tab order while the tools have focus
document.addEventListener('focusin', (e) => {
  const tools = (e.target as Element).closest?.(`.${TOOLS_CLASS}`);
  if (tools) for (const b of tools.querySelectorAll('button')) b.tabIndex = 0;
});
document.addEventListener('focusout', (e) => {
  const tools = (e.target as Element).closest?.(`.${TOOLS_CLASS}`);
  if (tools && !tools.contains(e.relatedTarget as Node | null)) for (const b of tools.querySelectorAll('button')) b.tabIndex = -1;
});
// no hover on a touch screen: tapping a block's text shows its tools, tapping elsewhere hides them
document.addEventListener('click', (e) => {
  const target = e.target as Element;
  if (target.closest('a, button, summary')) return;
  const block = target.closest(`.${BODY_CLASS} > :is(p, h2, h3, h4, h5, h6)`);
  for (const open of document.querySelectorAll(`.${TOOLS_ASKED_CLASS}`)) if (open !== block) open.classList.remove(TOOLS_ASKED_CLASS);
  block?.classList.toggle(TOOLS_ASKED_CLASS);
});

// ---------- 简/繁 ----------
const KEY = 'gongbao.zh';
const toggle = document.getElementById('zh-toggle') as HTMLButtonElement | null;
let mode: 'cn' | 'tw' = localStorage.getItem(KEY) === 'tw' ? 'tw' : 'cn';

async function applyMode() {
  const { setTraditional } = await import('./zh-convert.ts');
  await setTraditional(mode === 'tw');
  if (toggle) {
    toggle.setAttribute('aria-pressed', String(mode === 'tw'));
    toggle.textContent = mode === 'tw' ? '简体' : '繁體';
  }
}
if (mode === 'tw') void applyMode();
toggle?.addEventListener('click', () => {
  mode = mode === 'tw' ? 'cn' : 'tw';
  localStorage.setItem(KEY, mode);
  void applyMode();
});
