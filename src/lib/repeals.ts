/**
 * Which documents of the corpus a document is repealed by, read from the repealing documents'
 * `repeals` (each repealed document the pipeline found in the corpus carries its slug, `target`).
 * Where the repealing document says so is known when it cites the repealed document in one block
 * only (its `citations`), e.g. 第十五条 of a regulation; otherwise the notice links the document.
 */
import type { DocumentRecord } from '../../model/schema.ts';
import { articleOf } from '../../model/anchors.ts';
import { formatChineseNumeral } from '../../model/numbers.ts';

export type Repealing = Pick<DocumentRecord, 'slug' | 'repeals' | 'citations'>;

export interface RepealedBy<D extends Repealing> {
  /** The repealing document. */
  by: D;
  /** Anchor of its block that repeals, when known. */
  anchor?: string;
  /** That block's article as printed (第十五条), when it is an article of a regulation. */
  article?: string;
}

/** Slug of each repealed document → the documents that repeal it, in corpus order. */
export function repealedBy<D extends Repealing>(docs: D[]): Map<string, RepealedBy<D>[]> {
  const found = new Map<string, RepealedBy<D>[]>();
  for (const by of docs) {
    const targets = new Set((by.repeals ?? []).flatMap((r) => (r.target ? [r.target] : [])));
    for (const target of targets) {
      const anchors = [...new Set(by.citations.filter((c) => c.target === target).map((c) => c.anchor))];
      const anchor = anchors.length === 1 ? anchors[0] : undefined;
      const article = anchor === undefined ? undefined : articleOf(anchor);
      found.set(target, [
        ...(found.get(target) ?? []),
        { by, ...(anchor ? { anchor } : {}), ...(article ? { article: `第${formatChineseNumeral(article)}条` } : {}) },
      ]);
    }
  }
  return found;
}
