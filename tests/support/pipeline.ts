/**
 * One issue's text through every stage up to the records (clean → layout → split → parse →
 * link), with the real unit registry, for fixtures that check what a whole document becomes.
 */
import { join } from 'node:path';
import { cleanSource } from '../../scripts/pipeline/2-clean.ts';
import { readLayout } from '../../scripts/pipeline/3-layout.ts';
import { splitDocuments } from '../../scripts/pipeline/4-split.ts';
import { parseDocument } from '../../scripts/pipeline/5-parse/document.ts';
import { CitableDocuments, linkDocuments, type LinkedDocument } from '../../scripts/pipeline/6-link/link.ts';
import { MessageLog } from '../../scripts/lib/messages.ts';
import { DocumentSlugs } from '../../model/numbers.ts';
import { UnitRegistry } from '../../model/units.ts';

const registry = UnitRegistry.load(join(import.meta.dirname, '../../content/source/units.yaml'));

/** The linked documents of an issue text (as issue 2099-01), and the run's messages. */
export function linkText(text: string, file = 'fixture.txt'): { documents: LinkedDocument[]; log: MessageLog } {
  const gazette = '临汾市人民政府公报';
  const issue = { id: '2099-01', gazette, year: 2099, number: 1, title: `${gazette} 2099年第1期`, source: file };
  const log = new MessageLog();
  const lines = readLayout(cleanSource(text, { gazette }).lines);
  const parsed = splitDocuments(file, lines).map((doc) => parseDocument(doc, registry, log));
  const { documents } = linkDocuments(issue, parsed, registry, log, new DocumentSlugs(), new CitableDocuments());
  return { documents, log };
}
