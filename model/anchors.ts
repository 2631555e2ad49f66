/**
 * Anchor names the pipeline gives and the site and tools read back. An article of a regulation is
 * `art-12`, wherever it stands, so that a citation of 第十二条 has one address. The 落款 (issuer, date,
 * 公开方式) of a part is anchored `closing` (`plan-closing`, `annex1-closing` inside an issued plan or
 * an annex): it stands after the part's last section, not inside it.
 */
const CLOSING = 'closing';

/** Anchor of the 落款 of the part whose anchors start with `prefix` ('' for the notice itself). */
export function closingAnchor(prefix: string): string {
  return prefix ? `${prefix}-${CLOSING}` : CLOSING;
}

/** Anchor of the title heading of the plan a notice issues; its blocks are `plan-…`. */
export const ISSUED_PART_ANCHOR = 'plan';

/** Anchor of a regulation's title heading; its chapters are `ch1`…, its articles `art-1`…. */
export const REGULATION_ANCHOR = 'regulation';

const ARTICLE = /^art-(\d+)$/;

/** Anchor of article `n` of a regulation (第十二条 → art-12). */
export function articleAnchor(n: number): string {
  return `art-${n}`;
}

/** The article number an anchor names, if it is an article's. */
export function articleOf(anchor: string): number | undefined {
  const m = ARTICLE.exec(anchor);
  return m ? Number(m[1]) : undefined;
}
