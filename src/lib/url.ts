/** Site-relative URL under the configured base path (BASE_PATH). */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export function u(path = ''): string {
  return BASE + path.replace(/^\//, '');
}
export const docUrl = (slug: string, anchor?: string) => u(`documents/${slug}/`) + (anchor ? `#${anchor}` : '');
export const itemUrl = (slug: string) => u(`items/${slug}/`);
export const unitUrl = (slug: string) => u(`units/${slug}/`);
export const countyUrl = (slug: string) => u(`counties/${slug}/`);
/** Absolute URL (for feeds, sitemap, OpenGraph, exports). */
export function abs(path: string, site: URL | undefined): string {
  return new URL(path, site ?? 'http://localhost:4321').href;
}
export const issueUrl = (id: string) => u(`issues/${id}/`);
