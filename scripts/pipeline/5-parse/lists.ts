/**
 * Lists that a gazette prints one entry per line, read as lists with one item per entry:
 * - 任免 entries (任命李明为临汾市审计局局长；免去王志刚的临汾市审计局局长职务。), each opening
 *   with its verb, or listed under a 任命： / 免去： label one person per line;
 * - name lists of an annex: commended units (one per line, or several per line in columns) and
 *   commended people (name, a column gap, post: 张伟 尧都区应急管理局局长).
 * An entry that wraps continues on the next line until the next entry opens.
 */
import { joinWrappedLines, type SourceLine } from '../2-clean.ts';
import type { ListBlock } from '../blocks.ts';
import { PERSON } from './prose.ts';

const APPOINTMENT = /^(?:决定)?(?:任命|免去|聘任|解聘)/;
const APPOINTMENT_LABEL = /^(?:任命|免去|聘任|解聘)[:：]$/;
const APPOINTEE = /^[\p{Script=Han}]{2,4}(?:同志)?(?:为|的)/u;
const ENTRY_END = /[；。]$/;

/**
 * The run of 任免 entries in `lines`, as [start, end) and its items, if it holds at least one.
 * The run opens a paragraph (the line before it ends a sentence or a clause); entries open with
 * their verb (or follow a 任命： label), and an entry ends with ；or 。.
 */
export function appointmentList(lines: SourceLine[]): { start: number; end: number; list: ListBlock } | undefined {
  const start = lines.findIndex(
    (l, i) =>
      APPOINTMENT.test(l.text) &&
      (APPOINTMENT_LABEL.test(l.text) || /为|职务/.test(l.text)) &&
      (i === 0 || /[。；：]$/.test(lines[i - 1]!.text)),
  );
  if (start === -1) return undefined;
  const items: SourceLine[][] = [];
  let underLabel = false;
  let end = start;
  for (; end < lines.length; end += 1) {
    const line = lines[end]!;
    const previous = items[items.length - 1];
    const open = ENTRY_END.test(previous?.[previous.length - 1]!.text ?? '。');
    if (APPOINTMENT_LABEL.test(line.text)) {
      underLabel = true;
      items.push([line]);
    } else if (APPOINTMENT.test(line.text) || (underLabel && APPOINTEE.test(line.text))) {
      underLabel &&= !APPOINTMENT.test(line.text);
      items.push([line]);
    } else if (!open && previous && !APPOINTMENT_LABEL.test(previous[0]!.text)) previous.push(line);
    else break;
  }
  return {
    start,
    end,
    list: {
      kind: 'list',
      items: items.map((item) => ({ text: joinWrappedLines(item.map((l) => l.text)) })),
      lines: lines.slice(start, end),
    },
  };
}

const SENTENCE = /[。，；：！？]/;
/** How the name of an organ or unit ends (尧都区人民政府, 市应急管理局, …有限公司). */
export const ORGAN = /(?:政府|管委会|委员会|局|委|办|厅|室|单位|部门|公司|中心|部|院|所|队|站|处|科|大队|中队|集团|社|会|校|馆)$/;
/** How a post ends (市长, 副主任, 党组书记, 二级调研员, 副总经理). */
export const POST = /(?:长|主任|书记|委员|专员|主席|干部|调研员|巡视员|经理|总监|助理|秘书|成员|负责人|督学|总师|工程师)$/;

/**
 * Reads the lines of an annex as a name list, or returns undefined when they are running text.
 * People: most lines open with a name and a column gap; a line that does not continues the
 * post above. Units: no line is a sentence and each names an organ; several organs printed
 * on one line in columns are one item each. A line as wide as the column continues on the next.
 */
export function nameList(lines: SourceLine[]): ListBlock | undefined {
  if (lines.length < 2 || lines.some((l) => SENTENCE.test(l.text))) return undefined;
  const people = lines.filter((l) => PERSON.test(l.text)).length >= lines.length * 0.6;
  const items: string[] = [];
  let wrapped = false;
  for (const line of lines) {
    if (people ? !PERSON.test(line.text) : wrapped) {
      if (items.length === 0) return undefined;
      items[items.length - 1] = joinWrappedLines([items[items.length - 1]!, line.text]);
    } else if (people) items.push(line.text);
    else {
      const organs = line.text.split(' ');
      if (!organs.every((o) => ORGAN.test(o))) return undefined;
      items.push(...organs);
    }
    wrapped = line.width >= line.column - 1;
  }
  return { kind: 'list', items: items.map((text) => ({ text })), lines };
}
