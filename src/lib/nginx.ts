/**
 * The nginx server block (deploy/nginx.conf, a template) rendered for one build: base path,
 * hashed-asset folder, host name and the security headers of csp.ts filled in, so the policy
 * nginx sends is the one the pages' <meta> tag and `_headers` carry.
 */
import { SECURITY_HEADERS } from './csp.ts';

export interface NginxSite {
  /** base path with both slashes, e.g. / or /gongbao/ */
  base: string;
  /** folder of Astro's hashed assets under the base (build.assets), e.g. _assets */
  assets: string;
  /** host name nginx answers to (SITE_URL's) */
  serverName: string;
  /** folder nginx serves: the published dist/, or its parent under a base path */
  root: string;
  /** nginx `listen` argument, e.g. 80 or 127.0.0.1:8080 */
  listen: string;
}

/** Where the rendered dist/nginx.conf points until the deployer edits it. */
export const NGINX_DEFAULTS = { root: '/srv/gongbao', listen: '80' } as const;

const quoted = (v: string) => `"${v.replace(/["\\]/g, '\\$&')}"`;

/** One `add_header … always;` line per security header (`always`: error responses too). */
export function nginxHeaderLines(): string {
  return Object.entries(SECURITY_HEADERS)
    .map(([name, value]) => `    add_header ${name} ${quoted(value)} always;`)
    .join('\n');
}

/** The template with every {{placeholder}} filled; throws on one it does not know. */
export function renderNginx(template: string, site: NginxSite): string {
  const values: Record<string, string> = {
    base: site.base,
    base_re: site.base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    assets: site.assets,
    server_name: site.serverName,
    root: site.root,
    listen: site.listen,
    security_headers: nginxHeaderLines(),
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => {
    if (!(key in values)) throw new Error(`deploy/nginx.conf: unknown placeholder {{${key}}}`);
    return values[key]!;
  });
}
