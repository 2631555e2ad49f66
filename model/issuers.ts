/**
 * How an issuing organ's name ends, as printed in a document's header, its 落款 and its 印发 line
 * (临汾市人民政府, 临汾市人民政府办公室, …委员会, …管委会, …局, …厅, and the courts and procuratorates
 * that issue 联合发文 with a government: 临汾市中级人民法院, 临汾市人民检察院). One pattern for the
 * split and the parse stages.
 */
const ENDINGS = '人民政府|办公室|委员会|管委会|局|厅|人民法院|人民检察院';

/** A whole line naming an issuing organ. */
export const ISSUER = new RegExp(`^\\p{Script=Han}+(?:${ENDINGS})$`, 'u');

/** An organ's name at the head of a text, captured: the start of patterns that go on after it. */
export const ISSUER_NAME = `(\\p{Script=Han}+(?:${ENDINGS}))`;

/** Where a name starts with a place: 临汾市, 山西省, 尧都区 …, or 中共 before one. */
const PLACE = /^(?:中共)?\p{Script=Han}{1,8}?[省市县区]/u;

/**
 * The organs of a 联合发文, in printed order, from their names printed side by side and run
 * together by the extraction (临汾市人民政府临汾市中级人民法院): a name ends in an organ word and
 * the next starts again with the first one's place (临汾市) or with 中共. One organ gives one name.
 */
export function splitOrgans(text: string): string[] {
  const names = text.split(/\s+/).filter(Boolean);
  if (names.length > 1) return names.flatMap(splitOrgans);
  const place = PLACE.exec(text)?.[0].replace(/^中共/, '');
  if (!place) return [text];
  const boundary = new RegExp(`(?<=\\p{Script=Han}(?:${ENDINGS}))(?=(?:中共)?${place})`, 'gu');
  const pieces = text.split(boundary);
  return pieces.every((p) => ISSUER.test(p)) ? pieces : [text];
}
