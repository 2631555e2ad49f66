/**
 * The registry of responsible units: one canonical record per unit with every printed alias.
 * Unit lists in the source are parsed against it, so a name it does not know is reported
 * instead of silently becoming a new unit.
 */
import { readFileSync } from 'node:fs';
import { isSeq, LineCounter, parseDocument } from 'yaml';
import { schemaProblems, unitSchema, type UnitRecord } from './schema.ts';

const ORGANISATION_BEFORE = /(?:公司|银行|集团)$/;
const ORGANISATION_AFTER = /^(?:、[\p{Script=Han}]{1,4})*(?:分公司|支公司|公司|分行|支行|营业部)/u;

/** The name at text[start, start + length) is part of a company's or bank's name. */
function insideOrganisationName(text: string, start: number, length: number): boolean {
  return ORGANISATION_BEFORE.test(text.slice(0, start)) || ORGANISATION_AFTER.test(text.slice(start + length));
}

/** A registry entry that is not a valid unit, or clashes with another; `line` is its 1-based line in the file. */
export class RegistryEntryError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.line = line;
  }
}

/**
 * A city-level unit named in running text: 市 and up to 14 characters ending in an organ word
 * (市林业局, 市国资委, 市政府办公室, 市公安局交通警察支队 → 市公安局 as the first organ), not a word
 * that merely contains one (办法, 办理). Collective phrases (市直各委、办、局, 市直有关单位) are not units.
 */
const UNIT_NAME = /市市?[^\P{Script=Han}各市]{1,14}?(?:委员会|办公室|局|委|办|中心|支队)(?![法理事结])/gu;
/** What may stand right before a unit's 市: a function word (由, 在, 和 …) rather than part of another word. */
const BEFORE_UNIT = /[由在和及与向对经将请把被为并或同]$/u;
const NOT_A_UNIT = /^市直|有关|直属|所属|常委$/;

export class UnitRegistry {
  /** Every printed form (name or alias) → its record. */
  private readonly byName = new Map<string, UnitRecord>();
  /** Printed forms, longest first, for greedy matching. */
  private readonly forms: string[];
  /** Every unit, in registry order. */
  readonly units: UnitRecord[];

  /** `lines` are the units' lines in the registry file, for messages. */
  constructor(units: UnitRecord[], lines: number[] = []) {
    this.units = units;
    units.forEach((unit, i) => {
      for (const form of [unit.name, ...unit.aliases]) {
        const clash = this.byName.get(form);
        if (clash) throw new RegistryEntryError(lines[i] ?? 1, `unit name ${form} is listed for both ${clash.slug} and ${unit.slug}`);
        this.byName.set(form, unit);
      }
    });
    this.forms = [...this.byName.keys()].sort((a, b) => b.length - a.length);
  }

  /** Reads the registry file; a malformed entry throws a RegistryEntryError naming its line. */
  static load(path: string): UnitRegistry {
    const counter = new LineCounter();
    const document = parseDocument(readFileSync(path, 'utf8'), { lineCounter: counter });
    if (document.errors.length > 0)
      throw new RegistryEntryError(counter.linePos(document.errors[0]!.pos[0]).line, document.errors[0]!.message);
    if (!isSeq(document.contents)) throw new RegistryEntryError(1, 'the unit registry must be a list of units');
    const entries = document.contents.items;
    const lines = entries.map((node) => counter.linePos((node as { range?: number[] | null }).range?.[0] ?? 0).line);
    const units = entries.map((node, i) => {
      const parsed = unitSchema.safeParse({ aliases: [], ...((node as { toJSON(): object | null }).toJSON() ?? {}) });
      if (!parsed.success) throw new RegistryEntryError(lines[i]!, `invalid unit: ${schemaProblems(parsed.error)}`);
      return parsed.data;
    });
    return new UnitRegistry(units, lines);
  }

  /** The unit printed as `name`, if known. */
  lookup(name: string): UnitRecord | undefined {
    return this.byName.get(name);
  }

  /**
   * Known printed forms occurring in `text`, longest match first, left to right. A name inside
   * an organisation's name is not a mention of that unit: 山西地方电力有限公司蒲县、乡宁分公司
   * names a company's branches, not the 蒲县 government.
   */
  mentions(text: string): UnitRecord[] {
    const found: UnitRecord[] = [];
    for (let i = 0; i < text.length;) {
      const form = this.forms.find((f) => text.startsWith(f, i));
      if (form) {
        if (!insideOrganisationName(text, i, form.length)) found.push(this.byName.get(form)!);
        i += form.length;
      } else i += 1;
    }
    return found;
  }

  /**
   * Parses a 、-separated list of unit names that covers the whole text, e.g.
   * `市司法局、各县(市、区)人民政府`. Returns the printed names, or undefined when any part is
   * not a known unit. A run of bare county names sharing one suffix (洪洞县、古县人民政府) is read
   * as one name each.
   */
  parseList(text: string): string[] | undefined {
    const names: string[] = [];
    let i = 0;
    while (i < text.length) {
      const form = this.forms.find((f) => text.startsWith(f, i) && (i + f.length === text.length || text[i + f.length] === '、'));
      if (!form) return undefined;
      names.push(form);
      i += form.length + 1;
    }
    return names.length > 0 && !text.endsWith('、') ? names : undefined;
  }

  /**
   * Unit names in `text` that the registry does not know, as printed, with their offsets: a
   * 市… organ name standing at the start of a word — after punctuation, a function word, or the
   * city's own name (`city`, e.g. 临汾 in 临汾市审计局). A name inside a cited title
   * (《临汾市人民政府办公室关于…的通知》) is part of the title, not a unit the text names.
   */
  unknownNames(text: string, city: string): { name: string; index: number }[] {
    const found: { name: string; index: number }[] = [];
    const titles = [...text.matchAll(/《[^《》]*》/g)].map((t) => [t.index, t.index + t[0].length]);
    for (const m of text.matchAll(UNIT_NAME)) {
      if (titles.some(([start, end]) => m.index > start! && m.index < end!)) continue;
      const before = text.slice(0, m.index);
      const wordStart =
        before === '' || !/\p{Script=Han}$/u.test(before) || BEFORE_UNIT.test(before) || (city !== '' && before.endsWith(city));
      const known = this.forms.some((f) => text.startsWith(f, m.index));
      if (wordStart && !known && !NOT_A_UNIT.test(m[0])) found.push({ name: m[0], index: m.index });
    }
    return found;
  }

  /** Canonical slugs of printed names, deduplicated in order. */
  slugs(names: string[]): string[] {
    return [...new Set(names.map((n) => this.byName.get(n)!.slug))];
  }
}

/** A county-level government (县、市、区人民政府) in its own right, not the collective 各县(市、区)人民政府. */
export function isCounty(unit: Pick<UnitRecord, 'kind' | 'collective'>): boolean {
  return unit.kind === '县级人民政府' && !unit.collective;
}
