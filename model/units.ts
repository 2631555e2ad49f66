/**
 * The registry of responsible units: one canonical record per unit with every printed alias.
 * Unit lists in the source are parsed against it, so a name it does not know is reported
 * instead of silently becoming a new unit.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { unitSchema, type UnitRecord } from './schema.ts';

const ORGANISATION_BEFORE = /(?:公司|银行|集团)$/;
const ORGANISATION_AFTER = /^(?:、[\p{Script=Han}]{1,4})*(?:分公司|支公司|公司|分行|支行|营业部)/u;

/** The name at text[start, start + length) is part of a company's or bank's name. */
function insideOrganisationName(text: string, start: number, length: number): boolean {
  return ORGANISATION_BEFORE.test(text.slice(0, start)) || ORGANISATION_AFTER.test(text.slice(start + length));
}

export class UnitRegistry {
  /** Every printed form (name or alias) → its record. */
  private readonly byName = new Map<string, UnitRecord>();
  /** Printed forms, longest first, for greedy matching. */
  private readonly forms: string[];
  /** Every unit, in registry order. */
  readonly units: UnitRecord[];

  constructor(units: UnitRecord[]) {
    this.units = units;
    for (const unit of units) {
      for (const form of [unit.name, ...unit.aliases]) {
        const clash = this.byName.get(form);
        if (clash) throw new Error(`unit name ${form} is listed for both ${clash.slug} and ${unit.slug}`);
        this.byName.set(form, unit);
      }
    }
    this.forms = [...this.byName.keys()].sort((a, b) => b.length - a.length);
  }

  static load(path: string): UnitRegistry {
    const raw = parseYaml(readFileSync(path, 'utf8')) as unknown[];
    return new UnitRegistry(raw.map((entry) => unitSchema.parse({ aliases: [], ...(entry as object) })));
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
    for (let i = 0; i < text.length; ) {
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

  /** Canonical slugs of printed names, deduplicated in order. */
  slugs(names: string[]): string[] {
    return [...new Set(names.map((n) => this.byName.get(n)!.slug))];
  }
}

/** A county-level government (县、市、区人民政府) in its own right, not the collective 各县(市、区)人民政府. */
export function isCounty(unit: Pick<UnitRecord, 'kind' | 'collective'>): boolean {
  return unit.kind === '县级人民政府' && !unit.collective;
}
