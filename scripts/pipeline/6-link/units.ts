/**
 * The units a document names: those of the registry (linked, counties apart) and the unit names
 * the registry does not know, each reported once at the line where it is first printed.
 */
import { blockText, listEntryTexts } from '../blocks.ts';
import { lineAt, stripSpace } from '../../lib/locate.ts';
import type { MessageLog } from '../../lib/messages.ts';
import { isCounty, type UnitRegistry } from '../../../model/units.ts';
import type { ParsedDocument } from '../5-parse/document.ts';
import type { AnchoredBlock } from './anchors.ts';

/** Slugs of the registry units a text names, and of the counties among them. */
export function namedUnits(text: string, registry: UnitRegistry): { units: string[]; counties: string[] } {
  const mentioned = registry.mentions(text);
  return {
    units: [...new Set(mentioned.map((u) => u.slug))],
    counties: [...new Set(mentioned.filter(isCounty).map((u) => u.slug))],
  };
}

/**
 * Unit names the registry does not know, each with the line where it is first printed. Each list
 * item and table column is read on its own (names stand side by side there); a block without lines of
 * its own (the body of a run-in heading) is found in the lines of the block before it.
 */
function unknownUnits(blocks: AnchoredBlock[], registry: UnitRegistry, city: string, organs: string[]): { name: string; line?: number }[] {
  const found = new Map<string, number | undefined>();
  let previous: AnchoredBlock['block']['lines'] = [];
  for (const { block } of blocks) {
    const lines = block.lines.length ? block.lines : previous;
    const texts = block.kind === 'list' ? listEntryTexts(block.items) : block.kind === 'table' ? tableColumns(block) : [blockText(block)];
    for (const { name } of texts.flatMap((text) => registry.unknownNames(text, city))) {
      // The organs that sign and print the document (临汾市人民政府办公室; a 联合发文's names run together) are not units it names.
      if (found.has(name) || organs.some((o) => o.endsWith(name)) || organs.join('').includes(name)) continue;
      const at = stripSpace(lines.map((l) => l.text).join('')).indexOf(name);
      found.set(name, (at === -1 ? lines[0] : lineAt(lines, at))?.no);
    }
    previous = lines;
  }
  return [...found].map(([name, line]) => ({ name, line }));
}

/** A table's columns, each read top to bottom with a break between cells, so a name a cell break cuts is read whole. */
function tableColumns(table: { header: string[]; rows: string[][] }): string[] {
  const rows = [table.header, ...table.rows];
  return Array.from({ length: Math.max(...rows.map((r) => r.length)) }, (_, c) => rows.map((row) => row[c] ?? '').join('\n'));
}

/** The unknown unit names of a document, as printed, each warned about (`unknown-unit`) where it is first printed. */
export function reportUnknownUnits(
  doc: ParsedDocument,
  blocks: AnchoredBlock[],
  registry: UnitRegistry,
  city: string,
  log: MessageLog,
): string[] {
  const organs = [...(doc.issuers ?? [doc.issuer]), ...(doc.printed ? [doc.printed.by] : [])];
  const unknown = unknownUnits(blocks, registry, city, organs);
  for (const { name, line } of unknown) {
    log.warn(
      { file: doc.source.file, line: line ?? doc.source.numberLine.no },
      'unknown-unit',
      `document ${doc.number} names “${name}”, a unit the registry (content/source/units.yaml) does not know; kept as printed (add it, or an alias, to link it)`,
    );
  }
  return unknown.map((u) => u.name);
}
