/**
 * Stable anchor ids for every top-level block of a document, derived from its structure only
 * (never from text), so a link to a paragraph survives re-ingesting: sections are numbered by
 * their 一、/(一)/1./(1) path (s3-1-5) — a run-in heading opens its section as a heading does —,
 * other blocks count within their section (s3-1-5-p2), the 落款 is `closing` and the 版记 (抄送,
 * 印发) `colophon-closing`, a 纪要's attendance lists (出席/列席/请假), which close its text and
 * belong to no section, `attendance`; the issued plan and each annex get a prefix (plan-s2, annex1-p3).
 * In a regulation, each article is `art-12` and the 款 and 项 after it `art-12-p2`, `art-12-p3`
 * (the article itself being its first paragraph); chapters are `ch2`, sections `ch2-sec1`; the
 * title is `regulation`.
 */
import { articleAnchor, closingAnchor, REGULATION_ANCHOR } from '../../../model/anchors.ts';
import type { Block, Part } from '../blocks.ts';
import type { BodyBlock, BlockKind } from '../../../model/schema.ts';
import { IngestError } from '../../lib/messages.ts';

export interface AnchoredBlock {
  block: Block;
  anchor: string;
  part: Part;
}

function partPrefix(part: Part): string {
  if (part.kind === 'main') return '';
  if (part.kind === 'annex') return `annex${part.annex}`;
  return part.kind;
}

const join = (...pieces: string[]) => pieces.filter(Boolean).join('-');

/** Anchors of a plan, an annex or the notice itself: section paths and block counters. */
function sectionAnchors(part: Part): string[] {
  const prefix = partPrefix(part);
  const path: number[] = [];
  let counter = 0;
  let attendance = 0;
  return part.blocks.map((block) => {
    if (block.kind === 'heading' && block.level === 0) return prefix;
    if (block.kind === 'closing') return closingAnchor(prefix);
    if (block.kind === 'list' && block.attendance) {
      attendance += 1;
      return join(prefix, attendance === 1 ? 'attendance' : `attendance-${attendance}`);
    }
    if (block.kind === 'heading' || block.kind === 'runin') {
      path.length = block.level - 1;
      while (path.length < block.level - 1) path.push(0);
      path.push(block.number);
      counter = 0;
      return join(prefix, `s${path.join('-')}`);
    }
    counter += 1;
    return join(prefix, path.length ? `s${path.join('-')}` : '', `p${counter}`);
  });
}

/** Anchors of a regulation: its title, chapters and sections, articles and what follows each. */
function regulationAnchors(part: Part): string[] {
  let chapter = 0;
  let article = '';
  let counter = 0;
  return part.blocks.map((block) => {
    if (block.kind === 'heading' && block.level === 0) return REGULATION_ANCHOR;
    if (block.kind === 'heading') {
      [article, counter] = ['', 0];
      if (block.level === 1) chapter = block.number;
      return block.level === 1 ? `ch${chapter}` : `ch${chapter}-sec${block.number}`;
    }
    if (block.kind === 'article') {
      [article, counter] = [articleAnchor(block.number), 1];
      return article;
    }
    counter += 1;
    return join(article || REGULATION_ANCHOR, `p${counter}`);
  });
}

/** Anchors of every block; `file` locates a duplicate (a structure the numbering cannot tell apart). */
export function anchorBlocks(parts: Part[], file: string): AnchoredBlock[] {
  const out = parts.flatMap((part) => {
    const anchors = part.kind === 'regulation' ? regulationAnchors(part) : sectionAnchors(part);
    return part.blocks.map((block, i) => ({ block, part, anchor: anchors[i]! }));
  });
  const seen = new Set<string>();
  for (const { anchor, block, part } of out) {
    if (seen.has(anchor)) {
      const line = block.lines[0] ?? part.blocks.find((b) => b.lines.length)?.lines[0];
      throw new IngestError(
        { file, line: line?.no ?? 1 },
        'duplicate-anchor',
        `two blocks would both be anchored #${anchor}: the numbering of the text repeats here`,
      );
    }
    seen.add(anchor);
  }
  return out;
}

/** Anchor of the row of reform item `no` in the table anchored at `tableAnchor`. */
export function rowAnchor(tableAnchor: string, no: number): string {
  return `${tableAnchor}-r${no}`;
}

/** The kind a block is emitted as: an unnumbered paragraph opening with a heading sentence is a run-in heading too. */
export function emittedKind(block: Block): BlockKind {
  return block.kind === 'paragraph' && block.lead ? 'runin' : block.kind;
}

/** The record's `blocks`: each block's anchor and kind, in order. */
export function bodyBlocks(blocks: AnchoredBlock[]): BodyBlock[] {
  return blocks.map(({ anchor, block }) => ({ anchor, kind: emittedKind(block) }));
}
