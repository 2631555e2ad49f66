/**
 * How an issuing organ's name ends, as printed in a document's header, its 落款 and its 印发 line
 * (临汾市人民政府, 临汾市人民政府办公室, …委员会, …管委会, …局, …厅). One pattern for the split and
 * the parse stages.
 */
const ENDINGS = '人民政府|办公室|委员会|管委会|局|厅';

/** A whole line naming an issuing organ. */
export const ISSUER = new RegExp(`^\\p{Script=Han}+(?:${ENDINGS})$`, 'u');

/** An organ's name at the head of a text, captured: the start of patterns that go on after it. */
export const ISSUER_NAME = `(\\p{Script=Han}+(?:${ENDINGS}))`;
