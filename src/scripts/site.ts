/**
 * Every page: copy link / copy citation buttons, the 简/繁 switch (converter loaded lazily,
 * choice remembered in localStorage), and marking of the #anchor target.
 */
const root = document.documentElement;
root.classList.add('js');

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
const pageUrl = () => location.origin + location.pathname;

/** Text of the nearest heading before `el` inside the article (for paragraph citations). */
function sectionOf(el: Element): string {
  const heads = [...document.querySelectorAll('.body h2, .body h3, .body h4, .body h5, .body h6')];
  let last: Element | undefined;
  for (const h of heads) {
    if (h === el || h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) last = h;
  }
  if (!last) return '';
  const c = last.cloneNode(true) as Element;
  c.querySelector('.tools')?.remove();
  return (c.textContent ?? '').trim();
}

document.addEventListener('click', async (e) => {
  const btn = (e.target as Element).closest('button.cp, button.cp-doc') as HTMLButtonElement | null;
  if (!btn) return;
  const art = btn.closest('[data-cite]') as HTMLElement | null;
  const act = btn.dataset.act;
  if (btn.classList.contains('cp-doc')) {
    const text = act === 'cite' ? `${art?.dataset.cite ?? document.title} ${pageUrl()}` : pageUrl();
    say((await copy(text)) ? (act === 'cite' ? '已复制引用' : '已复制链接') : '复制失败');
    return;
  }
  const block = btn.closest('[id]') as HTMLElement | null;
  if (!block) return;
  const url = `${pageUrl()}#${block.id}`;
  let text = url;
  if (act === 'cite' && block.dataset.citation) {
    // an article of a regulation is cited on its own: 《…办法》第十二条 (src/render/paragraph-tools.ts)
    text = `${block.dataset.citation} ${url}`;
  } else if (act === 'cite') {
    const sec = block.matches('h1,h2,h3,h4,h5,h6') ? '' : sectionOf(block);
    const base = art?.dataset.citeShort ?? art?.dataset.cite ?? document.title;
    text = `${base}${sec ? `“${sec}”` : ''} ${url}`;
  }
  say((await copy(text)) ? (act === 'cite' ? '已复制引用' : '已复制本段链接') : '复制失败');
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
