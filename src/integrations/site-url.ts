/**
 * Astro integration: a production build must be told the site's public origin. Canonical links,
 * JSON-LD, the feed, the sitemap and the exports' `url`s are all made from SITE_URL; a default
 * would ship links to a machine nobody else can reach. `npm start` passes http://localhost:4321
 * for its local preview; `astro dev` and `astro preview` need nothing.
 */
import type { AstroIntegration } from 'astro';

/** Why SITE_URL is unusable for a build, or undefined when it is a bare http(s) origin. */
export function siteUrlProblem(value: string | undefined): string | undefined {
  if (!value) return 'SITE_URL is not set';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL=${value} is not an absolute URL`;
  }
  if (!/^https?:$/.test(url.protocol)) return `SITE_URL=${value} is not an http(s) URL`;
  if (url.pathname !== '/' || url.search || url.hash) return `SITE_URL=${value} has a path: give the origin only and the path as BASE_PATH`;
  return undefined;
}

export default function siteUrl(): AstroIntegration {
  return {
    name: 'gongbao-site-url',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const problem = command === 'build' ? siteUrlProblem(process.env.SITE_URL) : undefined;
        if (!problem) return;
        logger.error(
          `${problem}. A production build needs the origin the site is published at, e.g.\n` +
            '  SITE_URL=https://gongbao.example.gov.cn npm run build\n' +
            '(add BASE_PATH=/gongbao/ when it is served under a path). `npm start` builds for http://localhost:4321.',
        );
        process.exit(1);
      },
    },
  };
}
