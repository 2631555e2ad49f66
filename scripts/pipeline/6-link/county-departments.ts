/**
 * County-level departments a document names (尧都区教育局, 永和县文化和旅游局): not units of the
 * city, so never unknown city units, but a county's own organs. The document is linked to the
 * county through its name (`counties`); each department is reported once per issue, where it is
 * first printed, so an editor sees which county organs an issue names.
 */
import type { UnitRegistry } from '../../../model/units.ts';
import { blockText } from '../blocks.ts';
import { lineAt, stripSpace } from '../../lib/locate.ts';
import type { MessageLog } from '../../lib/messages.ts';
import type { ParsedDocument } from '../5-parse/document.ts';
import type { AnchoredBlock } from './anchors.ts';

export function reportCountyDepartments(
  doc: ParsedDocument,
  blocks: AnchoredBlock[],
  registry: UnitRegistry,
  log: MessageLog,
  reported: Set<string>,
): void {
  for (const { block } of blocks) {
    for (const { name, county } of registry.countyDepartments(blockText(block))) {
      if (reported.has(name)) continue;
      reported.add(name);
      const at = stripSpace(block.lines.map((l) => l.text).join('')).indexOf(name);
      const line = (at === -1 ? block.lines[0] : lineAt(block.lines, at)) ?? doc.source.numberLine;
      log.warn(
        { file: doc.source.file, line: line.no },
        'county-department',
        `document ${doc.number} names “${name}”, a department of ${county.name}; linked to that county, not a unit of the city`,
      );
    }
  }
}
