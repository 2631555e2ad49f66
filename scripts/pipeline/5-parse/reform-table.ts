/**
 * Parses the annex table of reform items (序号 | 改革事项 | 具体举措 | 责任单位).
 *
 * The extraction reads the table column by column within each row: the number, the name
 * (wrapped in a narrow column), then for each sub-row its measures and its units. Cells are
 * runs of consecutive lines; a blank line separates cells, though a cell may also be cut by a
 * page break or a stray gap, and a unit list may share the last line of its measures. The
 * registry tells units from measures: a run of text that is wholly a 、-list of known units is
 * a units cell. Each units cell closes a sub-row.
 */
import { joinWrappedLines, type SourceLine } from '../2-clean.ts';
import { IngestError } from '../../lib/messages.ts';
import { ROW_NUMBER_END } from '../../../model/numbers.ts';
import type { UnitRegistry } from '../../../model/units.ts';

export interface ReformRow {
  measures: string;
  units: string[];
  /** Printed text of the units cell (units joined by 、). */
  unitsText: string;
  lines: SourceLine[];
}

export interface ReformItem {
  no: number;
  national: boolean;
  /** Printed number cell, e.g. ∗2. */
  label: string;
  name: string;
  rows: ReformRow[];
  lines: SourceLine[];
}

/** Runs of consecutive lines: a blank line or a page start begins a new run. */
export function cellRuns(lines: SourceLine[]): SourceLine[][] {
  const runs: SourceLine[][] = [];
  for (const line of lines) {
    const run = runs[runs.length - 1];
    if (!run || line.gap > 0 || line.pageStart) runs.push([line]);
    else run.push(line);
  }
  return runs;
}

interface Segment {
  kind: 'measures' | 'units';
  text: string;
  lines: SourceLine[];
}

/**
 * Splits a run into measures followed by a trailing units list, when it has one. The units
 * may start on a line of their own or after the last sentence of the measures on one line.
 */
function splitRun(run: SourceLine[], registry: UnitRegistry): Segment[] {
  const texts = run.map((l) => l.text);
  for (let j = 0; j < texts.length; j += 1) {
    const candidates = [0, ...[...texts[j]!.matchAll(/。/g)].map((m) => m.index! + 1)];
    for (const cut of candidates) {
      const unitsText = joinWrappedLines([texts[j]!.slice(cut), ...texts.slice(j + 1)]);
      if (!registry.parseList(unitsText)) continue;
      const measures = joinWrappedLines([...texts.slice(0, j), texts[j]!.slice(0, cut)]);
      const segments: Segment[] = [];
      if (measures) segments.push({ kind: 'measures', text: measures, lines: run.slice(0, j + 1) });
      segments.push({ kind: 'units', text: unitsText, lines: run.slice(j) });
      return segments;
    }
  }
  return [{ kind: 'measures', text: joinWrappedLines(texts), lines: run }];
}

const ROW_START = new RegExp(`^(∗?)(\\d{1,3})${ROW_NUMBER_END}(.*)$`);

/** Parses the rows of the reform table; `lines` are the lines after its header. */
export function parseReformTable(file: string, lines: SourceLine[], registry: UnitRegistry): ReformItem[] {
  const runs = cellRuns(lines);
  const items: ReformItem[] = [];
  let segments: Segment[] = [];
  let item: (ReformItem & { nameDone: boolean }) | undefined;

  const closeItem = () => {
    if (!item) return;
    let measures: Segment[] = [];
    for (const seg of segments) {
      if (seg.kind === 'measures') measures.push(seg);
      else {
        if (measures.length === 0)
          throw new IngestError(
            { file, line: seg.lines[0]!.no },
            'units-without-measures',
            `reform item ${item.no}: a units cell (${seg.text}) has no measures before it`,
          );
        item.rows.push({
          measures: joinWrappedLines(measures.map((m) => m.text)),
          units: registry.parseList(seg.text)!,
          unitsText: seg.text,
          lines: [...measures.flatMap((m) => m.lines), ...seg.lines],
        });
        measures = [];
      }
    }
    if (measures.length > 0 || item.rows.length === 0) {
      const where = measures[0]?.lines[0] ?? item.lines[0]!;
      throw new IngestError(
        { file, line: where.no },
        'table-row-without-units',
        `reform item ${item.no}: measures “${(measures[0]?.text ?? '').slice(0, 24)}…” have no responsible unit (责任单位) that the unit registry knows`,
      );
    }
    const { nameDone: _done, ...done } = item;
    items.push(done);
    segments = [];
  };

  for (let r = 0; r < runs.length; r += 1) {
    let run = runs[r]!;
    const expected = items.length + (item ? 2 : 1);
    const start = ROW_START.exec(run[0]!.text);
    if (start && Number(start[2]) === expected) {
      closeItem();
      const rest = [start[3]!, ...run.slice(1).map((l) => l.text)].filter(Boolean);
      item = {
        no: expected,
        national: start[1] === '∗',
        label: `${start[1]}${start[2]}`,
        name: joinWrappedLines(rest),
        rows: [],
        lines: [...run],
        nameDone: rest.length > 0,
      };
      continue;
    }
    if (!item)
      throw new IngestError(
        { file, line: run[0]!.no },
        'table-row-number',
        `expected reform item 1 to open the table, found “${run[0]!.text.slice(0, 20)}”`,
      );
    if (!item.nameDone) {
      item.name = joinWrappedLines(run.map((l) => l.text));
      item.lines.push(...run);
      item.nameDone = true;
      continue;
    }
    // A units list cut by a gap after a trailing 、 continues in the next run.
    while (run[run.length - 1]!.text.endsWith('、') && runs[r + 1]) run = [...run, ...runs[++r]!];
    segments.push(...splitRun(run, registry));
  }
  closeItem();
  return items;
}
