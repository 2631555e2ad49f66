/** Launch Debian's Chromium via playwright-core against dist/ served by Debian's nginx (./nginx.ts), recording problems. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DIST } from './site.ts';
import { serveNginx, type Served } from './nginx.ts';

export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
/**
 * Browser suites run unless SKIP_BROWSER=1 (a laptop without Chromium); vitest then reports
 * them as skipped. Without Chromium and without that opt-out they fail, naming the fix.
 */
export const SKIP_BROWSER = process.env.SKIP_BROWSER === '1';

export interface Session {
  origin: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** console errors, failed requests, HTTP errors and blocked off-site requests */
  consoleErrors: string[];
  failed: string[];
  offsite: string[];
  close: () => Promise<void>;
}

/** Serve `root` (default dist/) with nginx and open it in Chromium. */
export async function open(viewport = { width: 1280, height: 900 }, root = DIST): Promise<Session> {
  if (!CHROMIUM)
    throw new Error(
      'Chromium not found at /usr/bin/chromium: run `apt-get install -y chromium` (as .ci/run does), or set SKIP_BROWSER=1 to skip the browser suites',
    );
  // without a CJK font every character renders as the same box: layout checks and screenshots would lie
  const cjk = (() => {
    try {
      return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  })();
  if (!cjk) throw new Error('no Chinese font installed: run `apt-get install -y fonts-wqy-zenhei` (as .ci/run does)');
  const served: Served = await serveNginx(root);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const context = await browser.newContext({ viewport });
  const consoleErrors: string[] = [];
  const failed: string[] = [];
  const offsite: string[] = [];
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if ((u.protocol === 'http:' || u.protocol === 'https:') && !['127.0.0.1', 'localhost'].includes(u.hostname)) {
      offsite.push(u.href);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`${page.url()}: ${e.message}`));
  // ERR_ABORTED is a request cancelled by navigation (e.g. the favicon); HTTP errors are caught below
  page.on('requestfailed', (r) => {
    if (!offsite.includes(r.url()) && r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${r.url()}: ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.url()}: HTTP ${r.status()}`);
  });
  return {
    origin: served.origin,
    browser,
    context,
    page,
    consoleErrors,
    failed,
    offsite,
    close: async () => {
      await browser.close();
      await served.close();
    },
  };
}

/** Waits until the search page has answered (a status line and, unless nothing was found, results); its status line. */
export async function searchAnswered(page: Page): Promise<string> {
  // the status line is written before the result list renders: wait for both
  await page.waitForFunction(
    () => {
      const status = document.getElementById('status')?.textContent ?? '';
      return status.includes('没有找到') || (status !== '' && document.querySelectorAll('#results h3 a').length > 0);
    },
    null,
    { timeout: 20_000 },
  );
  await page.waitForLoadState('networkidle');
  return (await page.textContent('#status')) ?? '';
}
