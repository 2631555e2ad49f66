/** Link integrity over dist/: every internal href (and #anchor) resolves to a built file / id. */
import { beforeAll, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ensureBuilt, htmlFiles, urlOf, DIST } from '../support/site.ts';

beforeAll(() => ensureBuilt(), 600_000);

it('every internal link and #anchor resolves', () => {
  const files = htmlFiles();
  const ids = new Map<string, Set<string>>();
  const html = new Map<string, string>();
  for (const f of files) {
    const h = readFileSync(f, 'utf8');
    html.set(urlOf(f), h);
    ids.set(urlOf(f), new Set([...h.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  }
  const broken: string[] = [];
  let checked = 0;
  for (const [from, h] of html) {
    for (const m of h.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const raw = m[1]!.replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|data:)/.test(raw)) continue;
      const u = new URL(raw, `http://localhost${from}`);
      const target = decodeURIComponent(u.pathname);
      checked++;
      let file = path.join(DIST, target);
      if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
      if (!existsSync(file)) {
        broken.push(`${from} → ${raw}`);
        continue;
      }
      if (u.hash && u.hash.length > 1) {
        const set = ids.get(target.endsWith('/') ? target : urlOf(file));
        if (!set?.has(decodeURIComponent(u.hash.slice(1)))) broken.push(`${from} → ${raw} (no #${u.hash.slice(1)})`);
      }
    }
  }
  expect(checked).toBeGreaterThan(5000);
  expect(broken).toEqual([]);
});

it('external requests: no page loads anything from another host', () => {
  for (const f of htmlFiles()) {
    const h = readFileSync(f, 'utf8');
    expect(h, f).not.toMatch(/<(script|img|iframe)[^>]+src="(https?:)?\/\//);
    expect(h, f).not.toMatch(/<link rel="(stylesheet|icon|preload|modulepreload)"[^>]+href="(https?:)?\/\//);
  }
});
