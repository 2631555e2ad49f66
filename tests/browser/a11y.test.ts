/** axe-core injected into every page kind in Chromium: zero serious or critical violations. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../support/site.ts';
import { open, SKIP_BROWSER, type Session } from '../support/browser.ts';
import { seriousViolations } from '../support/axe.ts';
const PAGES: [string, string][] = [
  ['home', '/'],
  ['issues index', '/issues/'],
  ['issue', '/issues/2023-02/'],
  ['documents index', '/documents/'],
  ['documents index filtered', '/documents/?type=批复'],
  ['document', '/documents/lzf-2023-2/'],
  ['items index', '/items/'],
  ['item', '/items/lzf-2023-2-011/'],
  ['units index', '/units/'],
  ['unit', '/units/approval-service/'],
  ['counties index', '/counties/'],
  ['county', '/counties/anze/'],
  ['search with results', '/search/?q=一业一证'],
  ['not found', '/404.html'],
];

const SHOTS = path.join(ROOT, 'test-results');

describe.skipIf(SKIP_BROWSER)('accessibility (axe-core)', { timeout: 60_000 }, () => {
  let s: Session;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    s = await open();
  }, 600_000);
  afterAll(async () => {
    await s?.close();
  });

  it.each(PAGES)('the %s page (%s) has no serious or critical axe violations', async (kind, url) => {
    await s.page.goto(`${s.origin}${url}`);
    if (url.startsWith('/search/')) {
      await s.page.waitForFunction(() => (document.getElementById('status')?.textContent ?? '') !== '', null, { timeout: 20_000 });
      await s.page.waitForLoadState('networkidle');
    }
    // every page kind's screenshot is kept as a test artifact (CI uploads test-results/)
    await s.page.screenshot({ path: path.join(SHOTS, `${kind.replace(/ /g, '-')}.png`), fullPage: false });
    expect(await seriousViolations(s.page)).toEqual([]);
  });
});
