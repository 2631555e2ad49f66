/**
 * Simplified ⇄ Traditional dictionaries pruned to this site's text, built at build time from
 * opencc-js's character-level presets (s2tw: STPhrases + STCharacters, then TWVariants;
 * tw2s: TWVariantsRev, then TSPhrases + TSCharacters). The phrase-rewriting "twp" tables,
 * which change official wording (e.g. vocabulary), are never used.
 *
 * Pruning keeps exactly the entries that can fire on this site's text (s2t) or that can
 * produce a character of it (t2s), so the browser downloads a few KB instead of ~1 MB and
 * converts exactly as opencc-js's cn→tw / tw→cn converters would.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { configs } from 'opencc-js/preset/cn2t';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import { entries, s2tDictionary, serialize as ser, type DictGroups, type Entry, type TextTraits } from '../../lib/zh-dictionary.ts';

export type { DictGroups };

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * The text of a built page as the 简/繁 switch converts it: its text nodes outside scripts and
 * styles, entities decoded, read by scanning, not parsing (the dictionaries only need which
 * characters and phrases occur, and every page of the site is read).
 */
export function pageText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>|<!--[\s\S]*?-->/gi, '\n')
    .replace(/<[^>]*>/g, '\n')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (e, name: string) =>
      name[0] === '#'
        ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
        : (ENTITY[name] ?? e),
    );
}

/** The dictionaries for the site text whose traits are `site`. */
export function buildDictionaries(site: TextTraits): { s2t: DictGroups; t2s: DictGroups; t2sTriggers: string } {
  void configs; // the presets document the chains reproduced below
  const chars = new Set(site.chars);
  // the 繁體 switch's dictionary (src/lib/zh-dictionary.ts)
  const s2t = s2tDictionary(site);
  // Traditional → Simplified: keep entries whose output is made of characters of the site
  const inSite = (v: string) => [...v.split(' ')[0]!].every((c) => chars.has(c));
  const tsChars = entries(TSCharacters).filter(([, v]) => inSite(v));
  const tsKeys = new Set(tsChars.map(([k]) => k));
  const viaTs = (v: string) => [...v.split(' ')[0]!].every((c) => chars.has(c) || tsKeys.has(c));
  const t2s: DictGroups = [
    [ser(entries(TWVariantsRevPhrases).filter(([, v]) => viaTs(v))), TWVariantsRev],
    [ser(entries(TSPhrases).filter(([, v]) => inSite(v))), ser(tsChars)],
  ];
  return { s2t, t2s, t2sTriggers: triggers(t2s, chars) };
}

/**
 * Characters that tell a query may change under `groups`: every entry that rewrites its key has
 * at least one key character here (the character itself for single-character entries; for a
 * phrase, one of its characters, preferably one the site's text never uses). A query holding
 * none of them converts to itself, so the dictionary need not be loaded for it.
 */
export function triggers(groups: DictGroups, siteChars: Set<string>): string {
  const out = new Set<string>();
  const changing = groups
    .flat()
    .flatMap(entries)
    .map(([k, v]) => [k, v.split(' ')[0]!] as Entry)
    .filter(([k, v]) => v !== k);
  for (const [k] of changing) if ([...k].length === 1) out.add(k);
  for (const [k, v] of changing) {
    const cs = [...k];
    if (cs.length === 1 || cs.some((c) => out.has(c))) continue;
    // prefer a character the entry rewrites, then one the site never uses
    const vs = [...v];
    const rewritten = cs.filter((c, i) => vs.length !== cs.length || vs[i] !== c);
    out.add(rewritten.find((c) => !siteChars.has(c)) ?? cs.find((c) => !siteChars.has(c)) ?? rewritten[0] ?? cs[0]!);
  }
  return [...out].sort().join('');
}

/** Writes zh/s2t.json, zh/t2s.json and zh/t2s-triggers.txt under `root` for the site text whose traits are `site`. */
export async function writeDictionaries(root: string, site: TextTraits): Promise<void> {
  const dicts = buildDictionaries(site);
  await mkdir(path.join(root, 'zh'), { recursive: true });
  await writeFile(path.join(root, 'zh', 's2t.json'), JSON.stringify(dicts.s2t));
  await writeFile(path.join(root, 'zh', 't2s.json'), JSON.stringify(dicts.t2s));
  await writeFile(path.join(root, 'zh', 't2s-triggers.txt'), dicts.t2sTriggers);
}
