/**
 * 文号 (document number) normalisation, shared by the build and the browser.
 * Accepts the common variants people type — 〔〕 [] () 【】 ［］ （） ﹝﹞ brackets, spaces,
 * 第 before the serial, with or without 号 — and returns the canonical form
 * 临政办函〔2023〕3号, or null when the text is not a 文号.
 */
const OPEN = '〔\\[(（【［﹝';
const CLOSE = '〕\\])）】］﹞';
const RE = new RegExp(
  `^\\s*([\\u4e00-\\u9fff]{1,12}?)\\s*[${OPEN}]\\s*(\\d{4})\\s*[${CLOSE}]\\s*第?\\s*(\\d{1,4})\\s*号?\\s*$`,
);

export function normalizeNumber(text: string): string | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  // NFKC maps fullwidth brackets/digits to ASCII; 〔〕 survive.
  const m = RE.exec(t);
  if (!m) return null;
  return `${m[1]}〔${m[2]}〕${Number(m[3])}号`;
}
