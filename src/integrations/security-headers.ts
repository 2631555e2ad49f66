/**
 * Astro integration: write `_headers` into the build output so static hosts that read it
 * (Netlify, Cloudflare Pages) send the same CSP as the pages' <meta> tag, plus what only a
 * header can say (frame-ancestors, nosniff).
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { headersFile } from '../lib/csp.ts';

export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'gongbao-security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), headersFile(base));
      },
    },
  };
}
