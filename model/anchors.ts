/**
 * Anchor names the pipeline gives and the site and tools read back. The 落款 (issuer, date,
 * 公开方式) of a part is anchored `closing` (`plan-closing`, `annex1-closing` inside an issued plan or
 * an annex): it stands after the part's last section, not inside it.
 */
const CLOSING = 'closing';

/** Anchor of the 落款 of the part whose anchors start with `prefix` ('' for the notice itself). */
export function closingAnchor(prefix: string): string {
  return prefix ? `${prefix}-${CLOSING}` : CLOSING;
}

/** True for the anchor of a 落款 block. */
export function isClosingAnchor(anchor: string): boolean {
  return anchor === CLOSING || anchor.endsWith(`-${CLOSING}`);
}
