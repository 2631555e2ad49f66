/**
 * The site's Content-Security-Policy, one source for the <meta> tag every page carries and the
 * `_headers` file written for static hosts (Netlify, Cloudflare Pages). Only the site's own
 * scripts, styles, images and fetches; `'wasm-unsafe-eval'` is what Pagefind's WebAssembly
 * needs. Pagefind runs without its web worker here; were one used, it would be same-origin.
 * No inline code anywhere (JSON-LD is an inert data block, not a script that runs).
 */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Directives a <meta> CSP ignores, so only the header can carry them. */
const HEADER_ONLY: readonly string[] = ["frame-ancestors 'self'"];

/** The policy as the <meta http-equiv> tag states it. */
export const cspMeta = CSP_DIRECTIVES.join('; ');

/** The policy as an HTTP header states it: the meta policy plus header-only directives. */
export const cspHeader = [...CSP_DIRECTIVES, ...HEADER_ONLY].join('; ');

/** Response headers for every page and asset. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': cspHeader,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** The `_headers` file (Netlify / Cloudflare Pages syntax) for a site served under `base`. */
export function headersFile(base: string): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`);
  return `${base.replace(/\/?$/, '/')}*\n${lines.join('\n')}\n`;
}

/** Parse a `_headers` file into path patterns and their headers (the subset headersFile writes). */
export function parseHeadersFile(text: string): { pattern: string; headers: Record<string, string> }[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const at = line.indexOf(':');
      rules.at(-1)!.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/** Does a `_headers` pattern (exact path, or a prefix ending in `*`) match this URL path? */
export function matchesPattern(pattern: string, pathname: string): boolean {
  return pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;
}
