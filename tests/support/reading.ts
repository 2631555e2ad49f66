/**
 * What a reader of a laid-out corpus document should get back from the pipeline, as checks the
 * property tests (tests/extraction-properties.test.ts) run for many seeds and layouts: each check
 * throws (an `expect` failure) when the ingested document falls short.
 */
import { expect } from 'vitest';
import type { Block as ParsedBlock, ListItem } from '../../scripts/pipeline/blocks.ts';
import { DOCUMENT_KINDS } from '../../model/kinds.ts';
import { toFullwidthPunctuation } from '../../model/punctuation.ts';
import { documentDate } from './corpus.ts';
import { layOutDocument, PROFILE_2023_02, type Block, type CleanDocument, type ExtractionProfile } from './extraction.ts';
import { join } from 'node:path';
import type { LinkedDocument } from '../../scripts/pipeline/6-link/link.ts';
import type { DocumentRecord } from '../../model/schema.ts';
import { MessageLog } from '../../scripts/lib/messages.ts';
import { UnitRegistry } from '../../model/units.ts';
import { ingestText } from './issue.ts';

export const PROPERTIES = ['ingests', 'metadata', 'facts', 'blocks', 'headings', 'lists', 'tables', 'followed'] as const;
export type Property = (typeof PROPERTIES)[number];

/** A laid-out text ingested as an issue of its own: its documents, or the located error that refused it. */
export interface IngestedText {
  documents: LinkedDocument[];
  /** Errors (a refusal, a failed conservation check), as `file:line: message [rule]`. */
  errors: string[];
}

const registry = UnitRegistry.load(join(import.meta.dirname, '../../content/source/units.yaml'));

/** Every stage from clean to emit and the conservation check (scripts/ingest.ts ingestIssue), with the real unit registry. */
export function ingestLaidOut(text: string): IngestedText {
  const log = new MessageLog();
  try {
    const { documents } = ingestText(text, registry, { log });
    return { documents, errors: log.errors.map((m) => log.format([m])) };
  } catch (error) {
    return { documents: [], errors: [String(error)] };
  }
}

/** One draw of the property tests: the layout's seed and how its profile differs from 2023-02's. */
export interface Layout {
  seed: number;
  variation: Partial<ExtractionProfile>;
}

/** The follower's own layout, always the same and free of fragments: a failure is the document's, not the follower's. */
const FOLLOWER_LAYOUT = { seed: 1, profile: { ...PROFILE_2023_02, fragment: 0 } };

const ingested = new Map<string, IngestedText>();
/**
 * The document laid out with this seed and profile, followed by `follower` if given (laid out on its
 * own, as the next document of the issue), ingested; memoised, as the properties share it.
 */
export function read(doc: CleanDocument, { seed, variation }: Layout, follower?: CleanDocument): IngestedText {
  const key = `${doc.id}+${follower?.id ?? ''}:${seed}:${JSON.stringify(variation)}`;
  let result = ingested.get(key);
  if (!result) {
    const text = layOutDocument(doc, { seed, profile: { ...PROFILE_2023_02, ...variation } });
    result = ingestLaidOut(follower ? `${text}\n${layOutDocument(follower, FOLLOWER_LAYOUT)}` : text);
    ingested.set(key, result);
  }
  return result;
}

/** Whitespace is layout, except between two Latin letters or digits (Pínghé Jiē, GB 17733—2008). */
function fold(text: string): string {
  return toFullwidthPunctuation(text)
    .replace(/(?<=[\p{Script=Latin}\d]) +(?=[\p{Script=Latin}\d])/gu, '\u0000')
    .replace(/\s+/g, '')
    .replace(/\u0000/g, ' ');
}

/** Everything a reader meets in a document, in printed order: a unit per block, list entry, name. */
interface Unit {
  text: string;
  /** What the block is: heading, paragraph (any running text), item (of a list), table. */
  is: 'heading' | 'paragraph' | 'item' | 'table';
}

/** List entries as printed: a numbered list's entries with their numbers (1. 临汾市发展和改革委员会). */
function listUnits(items: ListItem[], start?: number): Unit[] {
  return items.flatMap((item, i) => [
    { text: fold(`${start === undefined ? '' : `${start + i}.`}${item.text}`), is: 'item' as const },
    ...listUnits(item.items ?? []),
  ]);
}

/** The units of the emitted blocks of the `index`th document. */
function emittedUnits(result: IngestedText, index = 0): Unit[] {
  return result.documents[index]!.blocks.flatMap(({ block }: { block: ParsedBlock }): Unit[] => {
    switch (block.kind) {
      case 'heading':
        return [{ text: fold(block.text), is: 'heading' }];
      case 'runin':
      case 'article':
        return [{ text: fold(block.text), is: 'paragraph' }];
      case 'paragraph':
        return block.text.map((t) => ({ text: fold(t), is: 'paragraph' as const }));
      case 'list':
        return listUnits(block.items, block.start);
      case 'table':
        return [{ text: fold([block.header, ...block.rows].flat().join('|')), is: 'table' }];
      default:
        return [];
    }
  });
}

/** The units a reader expects, body then annexes; attachments lines and annex titles are not checked here. */
function expectedUnits(doc: CleanDocument): Unit[] {
  const numberedPoints = DOCUMENT_KINDS.find((k) => k.name === doc.kind)?.numberedPoints ?? false;
  const units = (block: Block): Unit[] => {
    switch (block.type) {
      case 'paragraph':
        return [{ text: fold(block.text), is: 'paragraph' }];
      case 'heading':
        return [{ text: fold(block.text), is: 'heading' }];
      case 'list':
        // A 批复's, 通告's or 公告's numbered points are its paragraphs (model/kinds.ts); other lists are lists.
        return block.items.map((t) => ({ text: fold(t), is: numberedPoints ? 'paragraph' : 'item' }));
      case 'names':
        return block.entries.map((e) => ({ text: fold(`${e.name}${e.post}`), is: 'item' }));
      case 'table':
        return [{ text: fold([block.header, ...block.rows].flat().join('|')), is: 'table' }];
      case 'attachments':
        return [];
    }
  };
  return [...doc.blocks, ...(doc.annexes ?? []).flatMap((a) => a.blocks)].flatMap(units);
}

/** Emitted units with a role label in front of a person's name (组长：崔元斌…) read as the name. */
function withoutRole(unit: Unit): Unit {
  return { ...unit, text: unit.text.replace(/^(?:组长|副组长|成员|出席|列席|请假)：/, '') };
}

/** Position of each expected unit among the emitted ones, matched in order by text; -1 when missing. */
function align(expected: Unit[], emitted: Unit[]): number[] {
  let from = 0;
  return expected.map((unit) => {
    const at = emitted.findIndex((e, i) => i >= from && withoutRole(e).text === unit.text);
    if (at >= 0) from = at + 1;
    return at;
  });
}

/**
 * The document each document is printed before for the `followed` property: one the parser reads
 * on its own, opening with a vertical header.
 */
export function followerOf(doc: CleanDocument, corpus: Map<string, CleanDocument>): CleanDocument {
  return corpus.get(doc.id === 'opinion-county' ? 'request-water' : 'opinion-county')!;
}

/** Each property's check of one document in one layout (`followed` also needs the corpus, for the follower). */
export const CHECKS: Record<Property, (doc: CleanDocument, layout: Layout, corpus: Map<string, CleanDocument>) => void> = {
  ingests(doc, layout) {
    const result = read(doc, layout);
    expect(result.errors.join('\n')).toBe('');
    expect(result.documents).toHaveLength(1);
  },
  metadata(doc, layout) {
    const result = read(doc, layout);
    const record = result.documents[0]?.record;
    expect(record, result.errors.join('\n')).toBeDefined();
    const issuers = (record as { issuers?: string[] }).issuers ?? [record!.issuer];
    expect({
      number: record!.number ?? null,
      type: record!.type,
      issuers,
      title: record!.title,
      date: record!.date,
    }).toEqual({
      number: doc.number ?? null,
      type: doc.header === 'order' ? '令' : doc.kind,
      issuers: doc.issuers,
      title: doc.header === 'order' ? doc.annexes![0]!.title : doc.title,
      date: documentDate(doc),
    });
  },
  facts(doc, layout) {
    const record = read(doc, layout).documents[0]?.record as (DocumentRecord & { amends?: string[]; interprets?: string }) | undefined;
    expect(record, read(doc, layout).errors.join('\n')).toBeDefined();
    const { effective, validUntil, repeals, amends, interprets } = record!;
    expect({ effective, validUntil, repeals: repeals?.map(({ number, title }) => ({ number, title })), amends, interprets }).toEqual({
      effective: undefined,
      validUntil: undefined,
      repeals: undefined,
      amends: undefined,
      interprets: undefined,
      ...doc.facts,
    });
  },
  blocks(doc, layout) {
    const result = read(doc, layout);
    expect(result.documents, result.errors.join('\n')).toHaveLength(1);
    const expected = expectedUnits(doc);
    const emitted = emittedUnits(result);
    const missing = expected.filter((_, i) => align(expected, emitted)[i] === -1).map((u) => u.text);
    expect(`missing: ${missing.join(' ⏎ ')}`, `emitted: ${emitted.map((u) => `${u.is}: ${u.text}`).join(' ⏎ ')}`).toBe('missing: ');
  },
  headings(doc, layout) {
    const result = read(doc, layout);
    expect(result.documents, result.errors.join('\n')).toHaveLength(1);
    const expected = expectedUnits(doc).filter((u) => u.is === 'heading' || u.is === 'paragraph');
    const emitted = emittedUnits(result);
    const found = align(expected, emitted).map((at, i) => `${at === -1 ? expected[i]!.is : emitted[at]!.is}: ${expected[i]!.text}`);
    expect(found.join(' ⏎ ')).toBe(expected.map((u) => `${u.is}: ${u.text}`).join(' ⏎ '));
  },
  lists(doc, layout) {
    const result = read(doc, layout);
    expect(result.documents, result.errors.join('\n')).toHaveLength(1);
    const expected = expectedUnits(doc).filter((u) => u.is === 'item');
    const emitted = emittedUnits(result);
    const found = align(expected, emitted).map((at, i) => `${at === -1 ? '(missing)' : emitted[at]!.is}: ${expected[i]!.text}`);
    expect(found.join(' ⏎ ')).toBe(expected.map((u) => `item: ${u.text}`).join(' ⏎ '));
  },
  tables(doc, layout) {
    const result = read(doc, layout);
    expect(result.documents, result.errors.join('\n')).toHaveLength(1);
    const expected = expectedUnits(doc).filter((u) => u.is === 'table');
    const emitted = emittedUnits(result).filter((u) => u.is === 'table');
    expect(emitted.map((u) => u.text).join(' ⏎ ')).toBe(expected.map((u) => u.text).join(' ⏎ '));
  },
  followed(doc, layout, corpus) {
    const follower = followerOf(doc, corpus);
    const result = read(doc, layout, follower);
    expect(result.errors.join('\n')).toBe('');
    expect(result.documents.map((d) => `${d.record.number} ${d.record.title}`)).toEqual(
      [doc, follower].map((d) => `${d.number} ${d.header === 'order' ? d.annexes![0]!.title : d.title}`),
    );
    // The document, laid out the same, reads as it does alone: it loses nothing to the follower and takes nothing of it.
    const alone = read(doc, layout);
    expect(alone.errors.join('\n')).toBe('');
    const show = (units: Unit[]) => units.map((u) => `${u.is}: ${u.text}`).join(' ⏎ ');
    expect(show(emittedUnits(result, 0))).toBe(show(emittedUnits(alone, 0)));
  },
};

/** Whether a document has anything for a property to check. */
export function applies(doc: CleanDocument, property: Property): boolean {
  const units = expectedUnits(doc);
  if (property === 'lists') return units.some((u) => u.is === 'item');
  if (property === 'tables') return units.some((u) => u.is === 'table');
  if (property === 'headings') return units.some((u) => u.is === 'heading');
  if (property === 'facts') return doc.facts !== undefined;
  return true;
}
