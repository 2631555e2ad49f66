/**
 * The 文号 prefix registry (content/source/prefixes.yaml): each 机关代字 (临政发, 临政办函,
 * 临汾市人民政府令) holds one code, the start of its documents' URLs (/documents/lzf-2023-2/).
 * A code is given once, the first time an ingest meets its prefix, written into the registry for
 * an editor to review, and never taken back: a URL once published does not move, whatever issue
 * is added later and in whatever order (the archive is filled backwards).
 */
import { readFileSync } from 'node:fs';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { pinyin } from 'pinyin-pro';
import type { DocNumber } from './wenhao.ts';
import { RegistryEntryError } from './units.ts';

/** A code: lower-case ASCII letters, then digits when its spelling was taken (linzhengfu2). */
const CODE = /^[a-z]+\d*$/;

/**
 * The code a prefix is first offered: the pinyin initials of its characters (临政办函 → lzbh), or
 * with `spelled`, the syllables in full (临政复 → linzhengfu).
 */
export function prefixCode(prefix: string, { spelled = false } = {}): string {
  const syllables = pinyin(prefix, { toneType: 'none', type: 'array', v: true });
  const letters = syllables.map((s) => (spelled ? s : s.charAt(0))).join('');
  if (!/^[a-z]+$/.test(letters)) throw new Error(`文号 prefix ${prefix} has a character without a pinyin spelling`);
  return letters;
}

/** A registry entry: a 文号 prefix (or, for documents without one, a kind) and its code. */
export interface PrefixEntry {
  prefix: string;
  code: string;
}

export class PrefixRegistry {
  private readonly codeOf = new Map<string, string>();
  private readonly holderOf = new Map<string, string>();
  /** Entries given a code by this run, in the order they were given; the registry file lacks them. */
  readonly added: PrefixEntry[] = [];

  /** `lines` are the entries' lines in the registry file, for messages. */
  constructor(entries: PrefixEntry[] = [], lines: number[] = []) {
    entries.forEach(({ prefix, code }, i) => {
      const line = lines[i] ?? 1;
      if (!CODE.test(code))
        throw new RegistryEntryError(line, `the code of ${prefix}, “${code}”, is not lower-case ASCII letters (and digits)`);
      if (this.codeOf.has(prefix)) throw new RegistryEntryError(line, `文号 prefix ${prefix} is listed twice`);
      const holder = this.holderOf.get(code);
      if (holder) throw new RegistryEntryError(line, `code ${code} is listed for both ${holder} and ${prefix}`);
      this.codeOf.set(prefix, code);
      this.holderOf.set(code, prefix);
    });
  }

  /** Reads the registry file (a YAML mapping, prefix: code); a malformed entry throws a RegistryEntryError naming its line. */
  static load(path: string): PrefixRegistry {
    const counter = new LineCounter();
    const document = parseDocument(readFileSync(path, 'utf8'), { lineCounter: counter });
    if (document.errors.length > 0)
      throw new RegistryEntryError(counter.linePos(document.errors[0]!.pos[0]).line, document.errors[0]!.message);
    if (document.contents === null) return new PrefixRegistry();
    if (!isMap(document.contents)) throw new RegistryEntryError(1, 'the prefix registry must map each 文号 prefix to its code');
    const pairs = document.contents.items;
    const lines = pairs.map((pair) => counter.linePos((pair.key as { range?: number[] | null }).range?.[0] ?? 0).line);
    const entries = pairs.map((pair, i) => {
      const [prefix, code] = [pair.key, pair.value].map((node) => (isScalar(node) ? String(node.value) : ''));
      if (!prefix || !code) throw new RegistryEntryError(lines[i]!, 'an entry is `prefix: code`, e.g. `临政发: lzf`');
      return { prefix: prefix, code: code! };
    });
    return new PrefixRegistry(entries, lines);
  }

  /** The code of `prefix`, if it has one. */
  code(prefix: string): string | undefined {
    return this.codeOf.get(prefix);
  }

  /**
   * Gives each prefix without a code its code: the initials, unless another prefix holds them,
   * then the full spelling, then the spelling with 2, 3 … The new prefixes are taken in code-point
   * order, not in the order the issues printed them, so a run's result does not depend on the order
   * its issues are read in.
   */
  extend(prefixes: Iterable<string>): PrefixEntry[] {
    const fresh = [...new Set(prefixes)].filter((p) => !this.codeOf.has(p)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const given = fresh.map((prefix) => {
      const spelled = prefixCode(prefix, { spelled: true });
      const offers = [prefixCode(prefix), spelled];
      let code = offers.find((c) => !this.holderOf.has(c));
      for (let n = 2; !code; n += 1) if (!this.holderOf.has(`${spelled}${n}`)) code = `${spelled}${n}`;
      this.codeOf.set(prefix, code);
      this.holderOf.set(code, prefix);
      return { prefix, code };
    });
    this.added.push(...given);
    return given;
  }

  /** The slug of a 文号 whose prefix has its code: lzf-2023-2, or an order's lfsrmzfl-8 (no year). */
  slug(n: DocNumber): string {
    const code = this.codeOf.get(n.prefix);
    if (!code) throw new Error(`文号 prefix ${n.prefix} has no code in the prefix registry`);
    return [code, ...(n.year === undefined ? [] : [n.year]), n.serial].join('-');
  }

  /**
   * The slug of a document printed without a 文号 (a 政策解读): the code registered for its kind
   * (`政策解读: zcjd`, given by `extend` like a prefix's), its issue and its place among the
   * documents of that kind in the issue, from 1 — zcjd-2023-05-1. A printed issue never changes,
   * so neither does the slug.
   */
  slugWithoutNumber(kind: string, issue: string, nth: number): string {
    const code = this.codeOf.get(kind);
    if (!code) throw new Error(`the kind ${kind} has no code in the prefix registry`);
    return `${code}-${issue}-${nth}`;
  }
}

/** `text` of the registry file with `entries` appended, one `prefix: code` line each; comments and order kept. */
export function withEntries(text: string, entries: PrefixEntry[]): string {
  const body = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  return body + entries.map((e) => `${e.prefix}: ${e.code}\n`).join('');
}
