/**
 * An issue for tests that read gazette text through the pipeline: its manifest, and the text as
 * the pipeline reads it (clean and layout) or as it ingests it (every stage to the records).
 */
import { ingestIssue, printedLines, type IngestedIssue, type IssueContext } from '../../scripts/ingest.ts';
import type { SourceLine } from '../../scripts/pipeline/2-clean.ts';
import type { Issue } from '../../model/schema.ts';
import { UnitRegistry } from '../../model/units.ts';

/** The manifest of an issue written for a test. */
export function testIssue(id = '2023-90'): Issue {
  const [year, number] = id.split('-').map(Number) as [number, number];
  return { id, gazette: '临汾市人民政府公报', year, number, title: `临汾市人民政府公报 ${year}年第${number}期`, source: `${id}.txt` };
}

/** `text`'s lines as the pipeline reads them: cleaned, each with its layout signals. */
export function printed(text: string): SourceLine[] {
  return printedLines(text, testIssue().gazette);
}

/** `text` ingested as one issue, with an empty unit registry unless one is given. */
export function ingestText(text: string, registry = new UnitRegistry([]), context: IssueContext & { issue?: Issue } = {}): IngestedIssue {
  return ingestIssue(text, context.issue ?? testIssue(), registry, context);
}
