/**
 * Astro integration: write the host configuration beside the built site, from the one policy in
 * src/lib/csp.ts. `_headers` is for static hosts that read it (Netlify, Cloudflare Pages): the
 * same CSP as the pages' <meta> tag plus what only a header can say (frame-ancestors, nosniff).
 * `nginx.conf` is deploy/nginx.conf rendered for this build (base path, host name, headers).
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { headersFile } from '../lib/csp.ts';
import { NGINX_DEFAULTS, renderNginx } from '../lib/nginx.ts';

export default function securityHeaders(): AstroIntegration {
  let base = '/';
  let assets = '_astro';
  let serverName = '_';
  let root: URL;
  return {
    name: 'gongbao-security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        assets = config.build.assets;
        if (config.site) serverName = new URL(config.site).hostname;
        root = config.root;
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), headersFile(base));
        const template = await readFile(new URL('deploy/nginx.conf', root), 'utf8');
        await writeFile(new URL('nginx.conf', dir), renderNginx(template, { base, assets, serverName, ...NGINX_DEFAULTS }));
      },
    },
  };
}
