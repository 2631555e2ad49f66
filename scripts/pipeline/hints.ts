/**
 * An issue's editor's hints (content/source/<id>.hints.yaml, loaded and checked by 1-source.ts),
 * sorted out for the stage each belongs to: document starts for split, unit aliases for the
 * issue's registry, and the rest (issuers, 落款, lists, tables) for the parse of the document
 * whose lines they name.
 */
import type { LocatedHint } from './1-source.ts';
import type { DocumentSource, DocumentStart } from './4-split.ts';
import { IngestError } from '../lib/messages.ts';
import { UnitRegistry } from '../../model/units.ts';

/** The document-start hints, for split. */
export function documentStarts(hints: LocatedHint[]): DocumentStart[] {
  return hints.flatMap(({ hint, at }) => (hint.kind === 'document-start' ? [{ line: hint.line, at }] : []));
}

/** The registry for this issue: each unit-alias hint adds its printed name to the unit it names. */
export function issueRegistry(registry: UnitRegistry, hints: LocatedHint[]): UnitRegistry {
  const aliases = hints.flatMap(({ hint, at }) => (hint.kind === 'unit-alias' ? [{ ...hint, at }] : []));
  if (aliases.length === 0) return registry;
  const units = registry.units.map((u) => ({ ...u, aliases: [...u.aliases] }));
  for (const { alias, unit, at } of aliases) {
    const record = units.find((u) => u.slug === unit);
    if (!record)
      throw new IngestError(at, 'hint', `no unit ${unit} in the registry (content/source/units.yaml) to give the alias ${alias}`);
    if (registry.lookup(alias)) throw new IngestError(at, 'hint', `${alias} already names the unit ${registry.lookup(alias)!.slug}`);
    record.aliases.push(alias);
  }
  return new UnitRegistry(units);
}

/** The hints about a document's own lines (from its header to its last line), for parse. */
export function hintsOf(doc: DocumentSource, hints: LocatedHint[]): LocatedHint[] {
  const lines = [...doc.issuerLines, ...doc.titleLines, doc.numberLine, ...doc.bodyLines];
  const [first, last] = [lines[0]!.no, lines[lines.length - 1]!.no];
  return hints.filter(
    ({ hint }) => hint.kind !== 'document-start' && hint.kind !== 'unit-alias' && hint.line >= first && hint.line <= last,
  );
}
