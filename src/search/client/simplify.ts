/**
 * Traditional → Simplified for search queries, shared by the search page and the bench. The
 * dictionary (zh/t2s.json) is fetched only for a query holding a character that can change:
 * zh/t2s-triggers.txt lists them (both written at build time; see `triggers` in
 * build/dictionaries.ts). Any other query converts to itself, so it is returned as is.
 */
import { ConverterFactory } from 'opencc-js/core';

export function simplifier(base: string): (q: string) => Promise<string> {
  let triggers: Promise<Set<string>> | undefined;
  let convert: Promise<(s: string) => string> | undefined;
  return async (q) => {
    if (!/[^\p{ASCII}]/u.test(q)) return q;
    triggers ??= fetch(`${base}zh/t2s-triggers.txt`).then(async (r) => new Set(await r.text()));
    const set = await triggers;
    if (![...q].some((c) => set.has(c))) return q;
    convert ??= fetch(`${base}zh/t2s.json`).then(async (r) => ConverterFactory(...((await r.json()) as string[][])));
    return (await convert)(q);
  };
}
