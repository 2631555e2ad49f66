/**
 * A hostile gazette (tests/fixtures/hostile: one real 批复 with `<script>`, `<img onerror>`,
 * Markdown and an entity typed into its title and body) goes through ingest and a full site
 * build; every page shows the markup as text and Chromium runs none of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { ingestAndBuild, ROOT } from '../support/site.ts';
import { open, SKIP_BROWSER, type Session } from '../support/browser.ts';
import { tempDir } from '../support/temp.ts';

const FIXTURE = path.join(ROOT, 'tests/fixtures/hostile');
const TITLE_MARKUP = '<script>window.__pwned="title"</script>';
const BODY_MARKUP = ['<img src=x onerror=window.__pwned="img">', '<script>window.__pwned="body"</script>', '**非粗体**', '[非链接]'];
const DOC = '/documents/lzh-2023-5/';

let work: string;
let dist: string;

/** Elements of a parsed page, depth first. */
function* elements(node: Root | RootContent): Generator<Element> {
  if (node.type === 'element') yield node;
  if ('children' in node) for (const c of node.children) yield* elements(c);
}
const built = (urlPath: string) => readFileSync(path.join(dist, urlPath, urlPath.endsWith('/') ? 'index.html' : ''), 'utf8');

beforeAll(() => {
  work = tempDir('gongbao-hostile');
  mkdirSync(path.join(work, 'content/source'), { recursive: true });
  cpSync(FIXTURE, path.join(work, 'content/source'), { recursive: true });
  cpSync(path.join(ROOT, 'content/source/units.yaml'), path.join(work, 'content/source/units.yaml'));
  dist = ingestAndBuild(work, 'the hostile fixture');
}, 180_000);

describe('a gazette with markup in it, ingested and built', () => {
  it('the emitted Markdown keeps the markup as text: title in front matter, body escaped', () => {
    const md = readFileSync(path.join(work, 'content/documents/lzh-2023-5.md'), 'utf8');
    expect(md).toContain(`title: 关于尧都区“9·6”较大道路交通事故调查报告${TITLE_MARKUP}的批复`);
    expect(md).toContain('\\<img src=x onerror=window.\\_\\_pwned="img">');
    expect(md).toContain('\\*\\*非粗体\\*\\*');
  });

  it.each(['/', '/documents/', DOC, '/units/emergency-management/', '/counties/yaodu/', '/404.html'])(
    '%s holds no script or img element that came from the source, only escaped text',
    (url) => {
      const html = built(url);
      for (const el of elements(fromHtml(html))) {
        if (el.tagName === 'script') expect(el.properties.src ?? el.properties.type, url).toBeTruthy();
        if (el.tagName === 'script' && el.properties.type === 'application/ld+json') {
          const json = (el.children[0] as { value: string }).value;
          expect(json).not.toMatch(/<\/?script/i);
        }
        expect(el.tagName, url).not.toBe('img');
        expect(
          Object.keys(el.properties).filter((k) => /^on/i.test(k)),
          url,
        ).toEqual([]);
      }
      if (url === DOC) {
        expect(html).toContain('调查报告&lt;script&gt;window.__pwned=&quot;title&quot;&lt;/script&gt;的批复</h1>');
        expect(html).toContain('&#x3C;img src=x onerror=window.__pwned="img">');
      }
    },
  );

  it('the feed and the data export carry the markup as escaped text', () => {
    expect(built('/feed.xml')).toContain('调查报告&lt;script&gt;window.__pwned=&quot;title&quot;&lt;/script&gt;的批复');
    const docs: { title: string }[] = JSON.parse(built('/data/documents.json'));
    expect(docs[0]!.title).toBe(`关于尧都区“9·6”较大道路交通事故调查报告${TITLE_MARKUP}的批复`);
  });
});

describe.skipIf(SKIP_BROWSER)('the hostile gazette in Chromium', { timeout: 60_000 }, () => {
  let s: Session;
  const dialogs: string[] = [];
  beforeAll(async () => {
    s = await open(undefined, dist);
    s.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  }, 60_000);
  afterAll(async () => {
    await s?.close();
  });

  const pwned = () => s.page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned);

  it('the document page shows the markup as text and runs none of it', async () => {
    await s.page.goto(`${s.origin}${DOC}`);
    await s.page.waitForLoadState('networkidle');
    expect(await s.page.textContent('h1')).toBe(`关于尧都区“9·6”较大道路交通事故调查报告${TITLE_MARKUP}的批复`);
    const body = (await s.page.textContent('#p7')) ?? '';
    for (const m of BODY_MARKUP) expect(body).toContain(m);
    expect(await s.page.locator('main img, main script').count()).toBe(0);
    expect(await pwned()).toBeUndefined();
  });

  it('switching to Traditional converts the text and still runs none of it', async () => {
    await s.page.goto(`${s.origin}${DOC}`);
    await s.page.click('#zh-toggle');
    await s.page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('調查報告'));
    expect(await s.page.textContent('h1')).toContain(TITLE_MARKUP);
    expect(await s.page.locator('main img, main script').count()).toBe(0);
    expect(await pwned()).toBeUndefined();
    await s.page.click('#zh-toggle');
  });

  it('search results and their excerpts show the markup as text', async () => {
    await s.page.goto(`${s.origin}/search/?q=${encodeURIComponent('onerror')}`);
    await s.page.waitForFunction(() => document.querySelectorAll('#results h3 a').length > 0, null, { timeout: 20_000 });
    await s.page.waitForLoadState('networkidle');
    expect(await s.page.textContent('#results h3 a')).toContain(TITLE_MARKUP);
    expect(await s.page.textContent('#results .r-ex')).toContain('onerror');
    expect(await s.page.locator('#results img, #results script').count()).toBe(0);
    expect(await pwned()).toBeUndefined();
  });

  it('no page logged an error, opened a dialog or ran injected code', () => {
    expect(dialogs).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
    expect(s.failed).toEqual([]);
  });
});
