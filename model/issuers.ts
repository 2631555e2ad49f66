/**
 * How the name of an organ ends, written once for the split and parse stages and the unit
 * registry. The lists differ on purpose, each named for what it recognises:
 * - ISSUER_ENDINGS: an organ that issues documents, as printed in a header, a 落款 and a 印发 line
 *   (临汾市人民政府, 临汾市人民政府办公室, 临汾市发展和改革委员会, 临汾市中级人民法院, …局, …厅);
 * - ORDER_ISSUER_ENDINGS: an organ that publishes a 令 (临汾市人民政府令);
 * - TITLE_ISSUER_ENDINGS: an organ named at the head of a title, before its 关于
 *   (临汾市人民政府关于…的通知);
 * - ORGAN_ENDINGS: any body a 主送 line or a name list names (…单位, …部门, …公司, …中心, …学校);
 * - UNIT_ENDINGS: a city unit named in running text (市林业局, 市国资委, 市公安局交通警察支队).
 */

/** Endings of an issuing organ's name (header, 落款, 印发 line). */
export const ISSUER_ENDINGS = ['人民政府', '办公室', '办公厅', '委员会', '管委会', '人民法院', '人民检察院', '局', '厅'] as const;

/** Endings of an organ that publishes a 令 (…人民政府令, …委员会令). */
export const ORDER_ISSUER_ENDINGS = ['人民政府', '委员会', '局', '厅'] as const;

/** Endings of an organ named at the head of a title, before its 关于. */
export const TITLE_ISSUER_ENDINGS = ['人民政府', '办公室', '委员会', '人民法院', '局'] as const;

/** Last word of any body a 主送 line or a name list names (organs, units, companies, schools). */
export const ORGAN_ENDINGS = [
  '政府',
  '管委会',
  '委员会',
  '局',
  '委',
  '办',
  '厅',
  '室',
  '署',
  '单位',
  '部门',
  '团体',
  '公司',
  '中心',
  '部',
  '院',
  '会',
  '所',
  '队',
  '大队',
  '中队',
  '站',
  '处',
  '科',
  '行',
  '社',
  '校',
  '馆',
  '集团',
] as const;

/** Endings of a city unit named in running text (市林业局, 市国资委, 市政府办公室, …支队). */
export const UNIT_ENDINGS = ['委员会', '办公室', '局', '委', '办', '中心', '支队'] as const;

/** A regular-expression alternation of endings, longest first so that the longest ending wins. */
export const endings = (list: readonly string[]): string => [...list].sort((a, b) => b.length - a.length).join('|');

/** A whole line naming an issuing organ. */
export const ISSUER = new RegExp(`^\\p{Script=Han}+(?:${endings(ISSUER_ENDINGS)})$`, 'u');

/**
 * An organ's full name, as a header prints it: a place (临汾市, 尧都区, 山西省; under 中共 or not)
 * before the organ — never the short form running text uses (市人社局, 县政府).
 */
export const FULL_ISSUER = new RegExp(
  `^(?:中共)?[^市县区省\\P{Script=Han}]\\p{Script=Han}*?[省市县区州盟旗]\\p{Script=Han}*(?:${endings(ISSUER_ENDINGS)})$`,
  'u',
);

/** An organ's name at the head of a text, captured: the start of patterns that go on after it. */
export const ISSUER_NAME = `(\\p{Script=Han}+(?:${endings(ISSUER_ENDINGS)}))`;

/**
 * The organs a header (or a 落款) prints, in order: one per line, several on a line apart
 * (临汾市人民政府 临汾市中级人民法院), or run together when each was printed vertically
 * (each a full name, FULL_ISSUER)
 * (临汾市人民政府临汾市中级人民法院). Organs printed elsewhere in the issue as names of their own
 * (`known`, e.g. the 落款 lines) are preferred when the run can be cut more than one way.
 * Returns undefined when the text is not organ names only.
 */
export function organNames(text: string, known: ReadonlySet<string> = new Set()): string[] | undefined {
  const pieces = text.trim().split(/\s+/);
  const names: string[] = [];
  for (const piece of pieces) {
    const cut = cutOrgans(piece, known);
    if (!cut) return undefined;
    names.push(...cut);
  }
  return names;
}

/**
 * A run of organ names with nothing between them: names printed elsewhere first; else one organ;
 * else cut where the next organ starts with the same place as the first (临汾市…临汾市…) or 中共.
 */
function cutOrgans(run: string, known: ReadonlySet<string>): string[] | undefined {
  const printed = splitAtKnown(run, known);
  if (printed) return printed;
  for (let end = 4; end < run.length - 3; end += 1) {
    const rest = run.slice(end);
    const place = run.replace(/^中共/, '').slice(0, 2); // the next organ starts with the first one's place, or 中共
    if (!FULL_ISSUER.test(run.slice(0, end)) || !(rest.startsWith(place) || rest.startsWith('中共'))) continue;
    const others = cutOrgans(rest, known);
    if (others) return [run.slice(0, end), ...others];
  }
  return FULL_ISSUER.test(run) ? [run] : undefined;
}

/** The run cut wholly into names printed elsewhere, if it can be. */
function splitAtKnown(run: string, known: ReadonlySet<string>): string[] | undefined {
  if (run === '') return [];
  for (const name of known) {
    if (!run.startsWith(name)) continue;
    const rest = splitAtKnown(run.slice(name.length), known);
    if (rest) return [name, ...rest];
  }
  return undefined;
}

/**
 * The organs of a 联合发文 as its 落款 or header prints them, in order (side by side, or run
 * together by the extraction); the text as one name when it is not organ names only.
 */
export function splitOrgans(text: string): string[] {
  return organNames(text) ?? [text];
}
