/**
 * What a document states about itself — 施行日期, 有效期, what it repeals — and the blocks its
 * text becomes, on whole documents in the extraction style (tests/fixtures/facts/<case>/input.txt
 * → output.md: the facts and the block anchors as front matter, then the body as emitted). Regenerate with
 * UPDATE=1 npx vitest run tests/facts.test.ts.
 */
import { expect, test } from 'vitest';
import { documentMarkdown } from '../scripts/pipeline/7-emit/markdown.ts';
import { effectiveDate, validUntil } from '../scripts/pipeline/6-link/facts.ts';
import { fixtureTests } from './support/fixtures.ts';
import { join } from 'node:path';
import { MessageLog } from '../scripts/lib/messages.ts';
import { UnitRegistry } from '../model/units.ts';
import { ingestText } from './support/issue.ts';

const registry = UnitRegistry.load(join(import.meta.dirname, '../content/source/units.yaml'));

fixtureTests('facts', 'md', (input) => {
  const log = new MessageLog();
  const { documents } = ingestText(input, registry, { log, file: 'fixture.txt' });
  const pages = documents.map(({ record, blocks }) => {
    const { number, title, type, date, effective, validUntil, repeals } = record;
    const anchors = record.blocks.map((b) => b.anchor);
    return documentMarkdown({ number, title, type, date, effective, validUntil, repeals, anchors }, blocks);
  });
  return [...pages, ...(log.messages.length ? [`<!-- ${log.format()} -->\n`] : [])].join('\n');
});

test.each([
  ['本办法自2023年5月1日起施行。', '2023-05-01'],
  ['本决定自公布之日起施行。', '2023-03-01'],
  ['本通知自印发之日起施行，有效期5年。', '2023-03-01'],
  ['现予公布，自2023年4月1日起施行。', '2023-04-01'],
  ['此方案自2023年6月1日起实施。', '2023-06-01'],
  ['《条例》自2020年1月1日起施行以来，成效明显。', undefined],
])('%s takes effect on %s', (text, date) => expect(effectiveDate(text, '2023-03-01')).toBe(date));

test.each([
  ['有效期5年。', '2023-03-01', '2028-02-29'],
  ['有效期为两年。', '2023-03-01', '2025-02-28'],
  ['有效期至2028年4月30日。', undefined, '2028-04-30'],
  ['有效期截至2025年12月31日。', undefined, '2025-12-31'],
])('%s (from %s) is valid until %s', (text, from, until) => expect(validUntil(text, from)).toBe(until));
