/**
 * Document metadata of unusual documents, read by the whole ingest from small issues in the
 * extraction style (tests/fixtures/metadata/<case>/input.txt, with the editor's hints.yaml where
 * the case has one): 联合发文, a 纪要 dated by its 印发 line, a 修改决定 whose title nests 〈〉 in 《》,
 * a 部门文件 issuing a 《办法》, 公告 and 通报. output.json holds each document's metadata, its
 * lists and tables, and the run's messages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toString } from 'mdast-util-to-string';
import type { List, Table } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { ingestScratchIssue } from './support/scratch-issue.ts';
import { parseMarkdown } from '../scripts/pipeline/7-emit/markdown.ts';
import { fixtureTests } from './support/fixtures.ts';
import type { DocumentRecord } from '../model/schema.ts';

const METADATA = [
  'number',
  'issuer',
  'issuers',
  'title',
  'type',
  'date',
  'addressees',
  'issues',
  'amends',
  'repeals',
  'disclosure',
  'printed',
  'units',
  'review',
] as const;

/** Each document's metadata, lists and tables as emitted, in printed order, and the run's messages. */
function readFixture(text: string, caseDir: string): string {
  let result;
  try {
    const hints = join(caseDir, 'hints.yaml');
    result = ingestScratchIssue(text, existsSync(hints) ? readFileSync(hints, 'utf8') : undefined);
  } catch (error) {
    return `${JSON.stringify({ error: String(error) }, null, 2)}\n`;
  }
  const documents = [...result.files]
    .filter(([path]) => path.startsWith('documents/'))
    .map(([, markdown]) => {
      const record = parseYaml(markdown.split(/^---$/m)[1]!) as DocumentRecord;
      const { body } = parseMarkdown(markdown);
      const lists = body.filter((n): n is List => n.type === 'list').map((l) => l.children.map((item) => toString(item)));
      const tables = body
        .filter((n): n is Table => n.type === 'table')
        .map((t) => t.children.map((row) => row.children.map((c) => toString(c))));
      const metadata = Object.fromEntries(METADATA.filter((k) => record[k] !== undefined).map((k) => [k, record[k]]));
      return { order: record.order, ...metadata, ...(lists.length ? { lists } : {}), ...(tables.length ? { tables } : {}) };
    })
    .sort((a, b) => a.order - b.order);
  const messages = result.log.messages.map((m) => `${m.line}: ${m.severity}: ${m.reason} [${m.rule}]`);
  return `${JSON.stringify({ documents, messages }, null, 2)}\n`;
}

fixtureTests('metadata', 'json', readFixture);
