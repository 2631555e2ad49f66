/**
 * The registry of responsible units: one canonical record per unit with every printed alias.
 * Unit lists in the source are parsed against it, so a name it does not know is reported
 * instead of silently becoming a new unit.
 */
import { readFileSync } from 'node:fs';
import { isSeq, LineCounter, parseDocument } from 'yaml';
import { schemaProblems, unitSchema, type UnitRecord } from './schema.ts';
import { endings, UNIT_ENDINGS } from './issuers.ts';
import { EVERY_COUNTY } from './counties.ts';

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

/** The words a unit's name (a city's or a county's department) ends in. */
const ORGAN_WORD = `(?:${endings(UNIT_ENDINGS)})`;
/** An organ word ending a name, not a word that merely starts with one (办法, 办理, 局长, 委员). */
const ORGAN_END = `${ORGAN_WORD}(?![法理事结长员])`;
/**
 * A city-level unit named in running text: 市 and up to 14 characters ending in an organ word
 * (市林业局, 市国资委, 市政府办公室, 市公安局交通警察支队 → 市公安局 as the first organ).
 * Collective phrases (市直各委、办、局, 市直有关单位) are not units.
 */
const UNIT_NAME = new RegExp(`市市?[^\\P{Script=Han}各市]{1,14}?${ORGAN_END}`, 'gu');
/** An organ word right after a found name, continuing it (市纪委 + 监委 is 市纪委监委, one organ). */
const CONTINUED = new RegExp(`^[^\\P{Script=Han}各市]{0,2}?${ORGAN_END}`, 'u');
/** What may stand right before a unit's 市: a function word (由, 在, 和 …) rather than part of another word. */
const BEFORE_UNIT = /[由在和及与向对经将请把被为并或同]$/u;
const NOT_A_UNIT = /^市直|^市容|有关|直属|所属|常委$/;
/**
 * Words no organ's name holds, and two organs joined by 和 (…中心和乡办): a name with one is a
 * phrase that happens to end in an organ word.
 */
const PHRASE_WORD = new RegExp(
  `[了的或其把被]|决定|组织|开展|调整|负责|按照|根据|进行|加强|推进|落实|督促|会同|牵头|配合|指导|要求|发挥|建立|设立|成立|完善|实施|依托|整合|统筹|协调|${ORGAN_WORD}[和及与]`,
  'u',
);
/** A unit's form without the city's 市 (审批局) does not name the city's unit after another level's name (县审批局). */
const OTHER_LEVEL = /[省县区镇乡）)]$/u;

/** A printed name without the spaces and line breaks a line end or a table cell put inside it. */
const compact = (text: string) => text.replace(/[\s\u3000]+/g, '');

/** County-level department: a county's name (尧都区, 永和县, 侯马市) and an organ of its own (教育局). */
export interface CountyDepartment {
  name: string;
  county: UnitRecord;
}

export class UnitRegistry {
  /** Every printed form (name or alias) → its record. */
  private readonly byName = new Map<string, UnitRecord>();
  /** Printed forms, longest first, for greedy matching. */
  private readonly forms: string[];
  /** The printed forms by their first character, longest first. */
  private readonly formsByFirst = new Map<string, string[]>();
  /** Every unit, in registry order. */
  readonly units: UnitRecord[];
  /** Counties' short names (尧都区, 侯马市), longest first. */
  private readonly countyNames: string[];
  /** A county's short name (尧都区) and an organ of its own after it. */
  private readonly countyDepartment: RegExp;

  /** `lines` are the units' lines in the registry file, for messages. */
  constructor(units: UnitRecord[], lines: number[] = []) {
    this.units = units;
    units.forEach((unit, i) => {
      for (const form of [unit.name, ...(unit.official ? [unit.official] : []), ...unit.aliases].map(compact)) {
        const clash = this.byName.get(form);
        if (clash) throw new RegistryEntryError(lines[i] ?? 1, `unit name ${form} is listed for both ${clash.slug} and ${unit.slug}`);
        this.byName.set(form, unit);
      }
    });
    this.forms = [...this.byName.keys()].sort((a, b) => b.length - a.length);
    for (const form of this.forms) this.formsByFirst.set(form[0]!, [...(this.formsByFirst.get(form[0]!) ?? []), form]);
    this.countyNames = this.forms.filter((f) => isCounty(this.byName.get(f)!) && !f.endsWith('人民政府'));
    this.countyDepartment = new RegExp(`(${this.countyNames.join('|') || '(?!)'})([^\\P{Script=Han}、县区]{1,12}?${ORGAN_END})`, 'gu');
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

  /** The unit printed as `name` (broken by a line or a cell or not), if known. */
  lookup(name: string): UnitRecord | undefined {
    return this.byName.get(compact(name));
  }

  /**
   * Known printed forms occurring in `text`, longest match first, left to right. A name inside
   * an organisation's name is not a mention of that unit: 山西地方电力有限公司蒲县、乡宁分公司
   * names a company's branches, not the 蒲县 government.
   */
  mentions(printed: string): UnitRecord[] {
    const text = compact(printed);
    const found: UnitRecord[] = [];
    for (let i = 0; i < text.length;) {
      const form = this.formsAt(text, i).find((f) => text.startsWith(f, i));
      if (form) {
        const unit = this.byName.get(form)!;
        const otherLevel = !isCounty(unit) && !form.startsWith('市') && OTHER_LEVEL.test(text.slice(0, i));
        if (!insideOrganisationName(text, i, form.length) && !otherLevel) found.push(unit);
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
  parseList(printed: string): string[] | undefined {
    const text = compact(printed);
    const names: string[] = [];
    let i = 0;
    while (i < text.length) {
      const form = this.formsAt(text, i).find(
        (f) => text.startsWith(f, i) && (i + f.length === text.length || text[i + f.length] === '、'),
      );
      if (!form) return undefined;
      names.push(form);
      i += form.length + 1;
    }
    return names.length > 0 && !text.endsWith('、') ? names : undefined;
  }

  /**
   * Unit names in `printed` that the registry does not know, whole, with their offsets in the text
   * without line breaks: a 市… organ name standing at the start of a word — after punctuation, a
   * function word, a line or cell break, or the city's own name (`city`, e.g. 临汾 in 临汾市审计局).
   * A name goes on as long as organ words follow (市纪委监委, not 市纪委); a name inside a cited title
   * (《临汾市人民政府办公室关于…的通知》) is part of the title, and a phrase ending in an organ word
   * (市人民政府决定调整中心) is no name.
   */
  unknownNames(printed: string, city: string): { name: string; index: number }[] {
    const text = compact(printed);
    const breaks = lineBreaks(printed);
    const found: { name: string; index: number }[] = [];
    const titles = [...text.matchAll(/《[^《》]*》/g)].map((t) => [t.index, t.index + t[0].length]);
    for (const m of text.matchAll(UNIT_NAME)) {
      if (titles.some(([start, end]) => m.index > start! && m.index < end!)) continue;
      const before = text.slice(0, m.index);
      const wordStart =
        before === '' ||
        breaks.has(m.index) ||
        !/\p{Script=Han}$/u.test(before) ||
        BEFORE_UNIT.test(before) ||
        (city !== '' && before.endsWith(city));
      const name = wholeName(text, m.index, m[0]);
      if (this.countyNames.some((c) => text.startsWith(c, m.index + 1))) continue; // 临汾市尧都区教育局: a county's department
      const known = this.formsAt(text, m.index).some((f) => text.startsWith(f, m.index)); // a known unit, or an office of one (市财政局办公室)
      if (wordStart && !known && !NOT_A_UNIT.test(name) && !PHRASE_WORD.test(name)) found.push({ name, index: m.index });
    }
    return found;
  }

  /**
   * Departments of a county named in `printed` (尧都区教育局, 永和县文化和旅游局): a county's name
   * as the registry knows it, then an organ of its own — not the county government itself.
   */
  countyDepartments(printed: string): CountyDepartment[] {
    const text = compact(printed);
    const found: CountyDepartment[] = [];
    for (const m of text.matchAll(this.countyDepartment)) {
      const name = wholeName(text, m.index, m[0]);
      const government = name.startsWith(`${m[1]}人民政府`);
      if (!this.byName.has(name) && !government && !PHRASE_WORD.test(m[2]!)) found.push({ name, county: this.byName.get(m[1]!)! });
    }
    return found;
  }

  /** The printed forms that could start at text[i], longest first. */
  private formsAt(text: string, i: number): string[] {
    return this.formsByFirst.get(text[i]!) ?? [];
  }

  /** Canonical slugs of printed names, deduplicated in order. */
  slugs(names: string[]): string[] {
    return [...new Set(names.map((n) => this.byName.get(n)!.slug))];
  }
}

/** The name found at `index`, carried on over the organ words that continue it (市纪委 → 市纪委监委). */
function wholeName(text: string, index: number, name: string): string {
  let whole = name;
  for (let m = CONTINUED.exec(text.slice(index + whole.length)); m; m = CONTINUED.exec(text.slice(index + whole.length))) whole += m[0];
  return whole;
}

/** Offsets, in the text without whitespace, where a line or cell break stood. */
function lineBreaks(printed: string): Set<number> {
  const breaks = new Set<number>();
  let offset = 0;
  for (const part of printed.split(/\n/)) {
    offset += compact(part).length;
    breaks.add(offset);
  }
  return breaks;
}

/** The kind of a county-level government, one county's or every county's (model/schema.ts unitKinds). */
const COUNTY_KIND: UnitRecord['kind'] = '县级人民政府';

/** A county-level government (县、市、区人民政府) in its own right, not the collective 各县(市、区)人民政府. */
export function isCounty(unit: Pick<UnitRecord, 'kind' | 'collective'>): boolean {
  return unit.kind === COUNTY_KIND && !unit.collective;
}

/** The collective unit that stands for every county (各县(市、区)人民政府), not another collective (市有关单位). */
function isEveryCounty(unit: Pick<UnitRecord, 'kind' | 'collective'> | undefined): boolean {
  return unit !== undefined && unit.collective && unit.kind === COUNTY_KIND;
}

/**
 * The counties that must act on an item, from the units it names (`units` looks a slug up): the
 * counties it names, or [EVERY_COUNTY] when it names the collective 各县(市、区)人民政府.
 */
export function countiesActing(
  unitSlugs: readonly string[],
  units: (slug: string) => Pick<UnitRecord, 'kind' | 'collective'> | undefined,
): string[] {
  if (unitSlugs.some((s) => isEveryCounty(units(s)))) return [EVERY_COUNTY];
  return unitSlugs.filter((s) => {
    const unit = units(s);
    return unit !== undefined && isCounty(unit);
  });
}
