/**
 * The copy of a page that Pagefind indexes (src/search/build/index-html.ts), one fixture folder per case:
 * tests/fixtures/index-html/<case>/{input.html, output.html (one tag per line), text.txt (the indexed text)}.
 * Regenerate with UPDATE=1 npx vitest run tests/index-html.test.ts, then read the diff.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { indexedText, indexHtml } from '../src/search/build/index-html.ts';
import { expectFixture, fixtureCases, FIXTURES } from './support/fixtures.ts';

const fixtures = join(FIXTURES, 'index-html');

test.each(fixtureCases(fixtures))('%s', (name) => {
  const input = readFileSync(join(fixtures, name, 'input.html'), 'utf8');
  const indexed = indexHtml(fromHtml(input));
  expectFixture(join(fixtures, name, 'output.html'), indexed ? `${indexed.html.replace(/></g, '>\n<')}\n` : 'not indexed\n');
  expectFixture(join(fixtures, name, 'text.txt'), `${indexedText(input)?.text.replace(/\s+/g, ' ').trim() ?? 'not indexed'}\n`);
});
