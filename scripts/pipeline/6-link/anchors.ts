/**
 * Stable anchor ids for every top-level block of a document, derived from its structure only
 * (never from text), so a link to a paragraph survives re-ingesting: sections are numbered by
 * their 一、/(一)/1./(1) path (s3-1-5) — a run-in heading opens its section as a heading does —,
 * other blocks count within their section (s3-1-5-p2), the 落款 is `closing`, and the issued
 * plan and each annex get a prefix (plan-s2, annex1-p3).
 */
import { closingAnchor } from '../../../model/anchors.ts';
import type { Block, Part } from '../blocks.ts';

export interface AnchoredBlock {
  block: Block;
  anchor: string;
  part: Part;
}

function partPrefix(part: Part): string {
  if (part.kind === 'plan') return 'plan';
  if (part.kind === 'annex') return `annex${part.annex}`;
  return '';
}

export function anchorBlocks(parts: Part[]): AnchoredBlock[] {
  const out: AnchoredBlock[] = [];
  for (const part of parts) {
    const prefix = partPrefix(part);
    const join = (...pieces: string[]) => pieces.filter(Boolean).join('-');
    const path: number[] = [];
    let counter = 0;
    for (const block of part.blocks) {
      if (block.kind === 'heading' && block.level === 0) {
        out.push({ block, part, anchor: prefix });
        continue;
      }
      if (block.kind === 'closing') {
        out.push({ block, part, anchor: closingAnchor(prefix) });
        continue;
      }
      if (block.kind === 'heading' || block.kind === 'runin') {
        path.length = block.level - 1;
        while (path.length < block.level - 1) path.push(0);
        path.push(block.number);
        counter = 0;
        out.push({ block, part, anchor: join(prefix, `s${path.join('-')}`) });
        continue;
      }
      counter += 1;
      out.push({ block, part, anchor: join(prefix, path.length ? `s${path.join('-')}` : '', `p${counter}`) });
    }
  }
  const seen = new Set<string>();
  for (const { anchor } of out) {
    if (seen.has(anchor)) throw new Error(`duplicate anchor ${anchor}`);
    seen.add(anchor);
  }
  return out;
}

/** Anchor of the row of reform item `no` in the table anchored at `tableAnchor`. */
export function rowAnchor(tableAnchor: string, no: number): string {
  return `${tableAnchor}-r${no}`;
}
