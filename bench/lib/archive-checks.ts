/**
 * The search checks of the real issue (tests/site/search.test.ts), run on an archive built by the
 * bench, in Node over its dist/: recall and precision are measured in Chromium (search.ts); here
 * ranking, the 文号 jump and Traditional queries, each counted as checks passed of checks made.
 * - ranking: every unit name and alias ranks its unit page first in the newest block;
 * - 文号: every document's 文号, canonical and written with ASCII brackets, opens that document;
 * - Traditional: each Traditional query finds, through every year, the pages its Simplified form finds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConverterFactory } from 'opencc-js/core';
import { loadPagefind } from '../../tests/support/site.ts';
import { TRADITIONAL } from '../../tests/support/queries.ts';
import { Archive } from '../../src/search/client/years.ts';
import { numberUrl, type NumberIndex } from '../../src/search/numbers.ts';
import { CURRENT_BLOCK } from '../../src/search/record.ts';

export interface ArchiveChecks {
  ranking: { passed: number; checked: number; failures: string[] };
  numbers: { passed: number; checked: number; failures: string[] };
  traditional: { passed: number; checked: number; failures: string[] };
}

const tally = () => ({ passed: 0, checked: 0, failures: [] as string[] });
function check(t: ReturnType<typeof tally>, ok: boolean, what: string): void {
  t.checked++;
  if (ok) t.passed++;
  else if (t.failures.length < 10) t.failures.push(what);
}

export async function archiveChecks(dist: string): Promise<ArchiveChecks> {
  const data = <T>(name: string): T => JSON.parse(readFileSync(path.join(dist, name), 'utf8')) as T;
  const { pf } = await loadPagefind(dist);
  const archive = await Archive.open(pf, '/');
  const t2s = ConverterFactory(...data<Parameters<typeof ConverterFactory>>('zh/t2s.json'));
  const urls = async (hits: { load: () => Promise<{ url: string }> }[]) => (await Promise.all(hits.map((h) => h.load()))).map((d) => d.url);

  const ranking = tally();
  for (const unit of data<{ name: string; aliases: string[]; url: string }[]>('data/units.json'))
    for (const name of [unit.name, ...unit.aliases]) {
      const first = (await urls((await archive.search(name, {}, CURRENT_BLOCK, t2s)).hits.slice(0, 1)))[0];
      check(ranking, first === new URL(unit.url).pathname, `${name} → ${first}`);
    }

  const numbers = tally();
  const index = data<NumberIndex>('search/numbers.json');
  for (const doc of data<{ number: string | null; url: string }[]>('data/documents.json')) {
    if (!doc.number) continue;
    const path_ = new URL(doc.url).pathname;
    for (const typed of [doc.number, doc.number.replace('〔', '[').replace('〕', ']')])
      check(numbers, numberUrl(index, typed) === path_, `${typed} → ${numberUrl(index, typed)}`);
  }

  const traditional = tally();
  for (const [t, s] of TRADITIONAL) {
    const [a, b] = [
      (await urls((await archive.searchAll(t, {}, t2s)).hits)).sort(),
      (await urls((await archive.searchAll(s)).hits)).sort(),
    ];
    check(traditional, a.length > 0 && JSON.stringify(a) === JSON.stringify(b), `${t}: ${a.length} vs ${s}: ${b.length}`);
  }
  return { ranking, numbers, traditional };
}
