/**
 * Where each document is printed, from the page furniture the clean stage kept: its pages (first
 * to last, as the page numbers allow) and its 目录 section, from the running heads (·市政府文件·).
 *
 * A running head names the section of the page it opens. A document shows the section of a head
 * printed among its lines (or right before them: the head of the page it starts on). A document
 * with no head of its own (the extraction lost it) lies in the section of its neighbours: a
 * section changes only where a document starts, so between two documents of the same section every
 * document is in it; between two different ones, the change is where the issuing organ first
 * changes (the gazette prints each organ's documents together), else right before the later one.
 * Documents before the first head are in the first head's section; after the last, in the last's.
 */
import type { SourceLine } from '../2-clean.ts';

export interface PrintedDocument {
  issuer: string;
  /** The document's lines, first to last, in print order. */
  lines: SourceLine[];
}

export interface PrintedPlace {
  pages?: { first: number; last?: number };
  section?: string;
}

/** The section of a head printed among a document's lines or just before them (after the previous document). */
function shownSection(doc: PrintedDocument, previousEnd: number): string | undefined {
  const head = doc.lines.at(-1)?.runningHead;
  return head && head.line > previousEnd ? head.section : undefined;
}

/** Each document's printed pages and section, in the order given. */
export function printedPlaces(docs: PrintedDocument[]): PrintedPlace[] {
  const shown = docs.map((d, i) => shownSection(d, docs[i - 1]?.lines.at(-1)?.no ?? 0));
  const sections = shown.map((section, i) => section ?? inferredSection(docs, shown, i));
  return docs.map((d, i) => {
    const first = d.lines[0]?.page;
    const last = d.lines.at(-1)?.page;
    const pages = first ? { first: first.first, ...(last?.last !== undefined ? { last: last.last } : {}) } : undefined;
    return { ...(pages ? { pages } : {}), ...(sections[i] ? { section: sections[i] } : {}) };
  });
}

/** The section of document `i`, which shows none, from the nearest documents that do. */
function inferredSection(docs: PrintedDocument[], shown: (string | undefined)[], i: number): string | undefined {
  const before = shown.slice(0, i).findLastIndex((s) => s !== undefined);
  const after = shown.findIndex((s, j) => j > i && s !== undefined);
  if (before === -1) return after === -1 ? undefined : shown[after];
  if (after === -1 || shown[before] === shown[after]) return shown[before];
  const change = docs.findIndex((d, j) => j > before && j <= after && d.issuer !== docs[before]!.issuer);
  return i < (change === -1 ? after : change) ? shown[before] : shown[after];
}
