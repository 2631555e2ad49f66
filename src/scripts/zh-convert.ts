/**
 * Lazily loaded: converts the visible page text to Traditional (opencc-js cn→tw,
 * character-level, dictionaries pruned at build time to this site's text) and back.
 * New content (e.g. search results) is converted as it appears.
 */
import { ConverterFactory } from 'opencc-js/core';

const base = document.documentElement.dataset.base ?? '/';
let convert: ((s: string) => string) | undefined;
const original = new WeakMap<Text, string>();
let on = false;
let observer: MutationObserver | undefined;
let originalTitle = document.title;

async function converter() {
  if (!convert) {
    const groups = (await (await fetch(`${base}zh/s2t.json`)).json()) as string[][];
    convert = ConverterFactory(...groups);
  }
  return convert;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'INPUT', 'CODE']);
function each(rootNode: Node, fn: (t: Text) => void) {
  const w = document.createTreeWalker(rootNode, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement && (SKIP.has(n.parentElement.tagName) || n.parentElement.closest('.no-convert'))
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let n = w.nextNode(); n; n = w.nextNode()) fn(n as Text);
}

function toTrad(rootNode: Node, c: (s: string) => string) {
  each(rootNode, (t) => {
    if (!/[\u3400-\u9fff]/.test(t.data)) return;
    if (!original.has(t)) original.set(t, t.data);
    const v = c(original.get(t)!);
    if (v !== t.data) t.data = v;
  });
}

export async function setTraditional(enable: boolean): Promise<void> {
  on = enable;
  if (enable) {
    const c = await converter();
    if (!on) return;
    originalTitle = document.title;
    document.title = c(originalTitle);
    document.body.lang = 'zh-Hant-TW';
    toTrad(document.body, c);
    observer ??= new MutationObserver((muts) => {
      if (!on) return;
      observer!.disconnect();
      for (const m of muts) for (const n of m.addedNodes) toTrad(n, c);
      observer!.observe(document.body, { childList: true, subtree: true });
    });
    observer.observe(document.body, { childList: true, subtree: true });
  } else {
    observer?.disconnect();
    document.title = originalTitle;
    document.body.removeAttribute('lang');
    each(document.body, (t) => {
      const o = original.get(t);
      if (o !== undefined && o !== t.data) t.data = o;
    });
  }
}
