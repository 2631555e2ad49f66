/**
 * Lazily loaded: converts the page to Traditional and back, text and the UI strings in attributes
 * (placeholder, aria-label, title, a card's data-label), with the dictionary of src/lib/zh-dictionary.ts (zh/s2t.json,
 * built for this site's text, fetched on the first switch). What the page marks `data-no-convert`
 * (a person's name, a 文号) stays as printed. `<html lang>` follows: zh-Hant, then zh-CN again.
 * New content (e.g. search results) is converted as it appears.
 */
import { ConverterFactory } from 'opencc-js/core';
import { AS_PRINTED_ATTR } from '../lib/markup.ts';

const base = document.documentElement.dataset.base ?? '/';
let convert: ((s: string) => string) | undefined;
const original = new WeakMap<Text, string>();
const originalAttrs = new WeakMap<Element, Map<string, string>>();
let on = false;
let observer: MutationObserver | undefined;
let originalTitle = document.title;
// data-label: a table cell's column name, shown on a phone's cards (site.css)
const ATTRS = ['placeholder', 'aria-label', 'title', 'data-label'];
const HAN = /[\u3400-\u9fff]/;

async function converter() {
  if (!convert) {
    const groups = (await (await fetch(`${base}zh/s2t.json`)).json()) as string[][];
    convert = ConverterFactory(...groups);
  }
  return convert;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'INPUT', 'CODE']);
const asPrinted = (el: Element | null) => !!el?.closest(`[${AS_PRINTED_ATTR}]`);

function eachText(rootNode: Node, fn: (t: Text) => void) {
  const w = document.createTreeWalker(rootNode, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement && (SKIP.has(n.parentElement.tagName) || asPrinted(n.parentElement))
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let n = w.nextNode(); n; n = w.nextNode()) fn(n as Text);
}

function eachAttributed(rootNode: Node, fn: (el: Element, name: string) => void) {
  const els =
    rootNode instanceof Element
      ? [rootNode, ...rootNode.querySelectorAll('*')]
      : rootNode instanceof Document
        ? [...rootNode.querySelectorAll('*')]
        : [];
  for (const el of els) for (const name of ATTRS) if (el.hasAttribute(name) && !asPrinted(el)) fn(el, name);
}

function toTrad(rootNode: Node, c: (s: string) => string) {
  eachText(rootNode, (t) => {
    if (!HAN.test(t.data)) return;
    if (!original.has(t)) original.set(t, t.data);
    const v = c(original.get(t)!);
    if (v !== t.data) t.data = v;
  });
  eachAttributed(rootNode, (el, name) => {
    const value = el.getAttribute(name)!;
    if (!HAN.test(value)) return;
    const saved = originalAttrs.get(el) ?? new Map<string, string>();
    if (!saved.has(name)) saved.set(name, value);
    originalAttrs.set(el, saved);
    el.setAttribute(name, c(saved.get(name)!));
  });
}

function toSimplified() {
  eachText(document.body, (t) => {
    const o = original.get(t);
    if (o !== undefined && o !== t.data) t.data = o;
  });
  eachAttributed(document.body, (el, name) => {
    const o = originalAttrs.get(el)?.get(name);
    if (o !== undefined) el.setAttribute(name, o);
  });
}

export async function setTraditional(enable: boolean): Promise<void> {
  on = enable;
  if (enable) {
    const c = await converter();
    if (!on) return;
    originalTitle = document.title;
    document.title = c(originalTitle);
    document.documentElement.lang = 'zh-Hant';
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
    document.documentElement.lang = 'zh-CN';
    toSimplified();
  }
}
