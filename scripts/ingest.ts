/**
 * npm run ingest — turns every gazette issue under content/source/ into structured Markdown
 * under content/. `--check` builds everything in memory and fails if content/ is stale.
 *
 * source → clean → layout → split → parse → link → emit, one module per stage in scripts/pipeline/, numbered in run order.
 */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { cleanSource } from './pipeline/2-clean.ts';
import { readLayout } from './pipeline/3-layout.ts';
import { checkConservation } from './pipeline/7-emit/conserve.ts';
import { staleFiles, writeContent, type ContentFiles } from './pipeline/7-emit/emit.ts';
import { linkDocuments } from './pipeline/6-link/link.ts';
import { documentMarkdown, itemMarkdown, serialize, unitMarkdown } from './pipeline/7-emit/markdown.ts';
import { IngestError, MessageLog } from './lib/messages.ts';
import { parseDocument } from './pipeline/5-parse/document.ts';
import { loadIssues } from './pipeline/1-source.ts';
import { splitDocuments } from './pipeline/4-split.ts';
import { UnitRegistry } from '../model/units.ts';

export interface IngestResult {
  files: ContentFiles;
  log: MessageLog;
  stats: { issues: number; documents: number; items: number; units: number };
}

export function ingest(root: string): IngestResult {
  const log = new MessageLog();
  const files: ContentFiles = new Map();
  const registry = UnitRegistry.load(join(root, 'content/source/units.yaml')); // the unit registry
  const issues = loadIssues(root); // source: manifests and texts
  const numbers = new Map<string, string>();
  let documentCount = 0;
  let itemCount = 0;
  for (const { issue, file, text } of issues) {
    const { lines: cleaned } = cleanSource(text, { gazette: issue.gazette }); // clean: furniture, spacing, punctuation
    const lines = readLayout(cleaned); // layout: where printed lines and blocks start
    const sources = splitDocuments(file, lines); // split: one source per document
    const parsed = sources.map((doc) => parseDocument(doc, registry)); // parse: metadata, blocks, tables
    const { documents, items } = linkDocuments(issue, parsed, registry, log); // link: records, items, citations
    for (const { record, blocks } of documents) {
      const seen = numbers.get(record.number);
      if (seen) log.report({ file, line: record.lines[0] }, 'duplicate-number', `文号 ${record.number} is also in issue ${seen}`);
      numbers.set(record.number, issue.id);
      files.set(`documents/${record.slug}.md`, documentMarkdown(record, blocks)); // emit: documents
    }
    for (const item of items) files.set(`items/${item.slug}.md`, itemMarkdown(item)); // emit: items
    files.set(`issues/${issue.id}.md`, serialize(issue, []));
    const markdownBySlug = new Map(documents.map((d) => [d.record.slug, files.get(`documents/${d.record.slug}.md`)!]));
    checkConservation(file, lines, documents, markdownBySlug, log); // every character lands once
    documentCount += documents.length;
    itemCount += items.length;
  }
  for (const unit of registry.units) files.set(`units/${unit.slug}.md`, unitMarkdown(unit)); // emit: units
  return { files, log, stats: { issues: issues.length, documents: documentCount, items: itemCount, units: registry.units.length } };
}

function main(): number {
  const rootArg = process.argv.find((a) => a.startsWith('--root='));
  const root = rootArg ? rootArg.slice('--root='.length) : join(dirname(fileURLToPath(import.meta.url)), '..');
  const check = process.argv.includes('--check');
  const started = performance.now();
  let result: IngestResult;
  try {
    result = ingest(root);
  } catch (error) {
    if (error instanceof IngestError) {
      console.error(`${error}\ningest failed; content/ was left unchanged.`);
      return 1;
    }
    throw error;
  }
  if (result.log.failed) {
    console.error(`${result.log.format()}\ningest failed (${result.log.messages.length} problems); content/ was left unchanged.`);
    return 1;
  }
  const contentDir = join(root, 'content');
  const stale = staleFiles(contentDir, result.files);
  const { issues, documents, items, units } = result.stats;
  const summary = `${issues} issue(s), ${documents} documents, ${items} items, ${units} units`;
  if (check) {
    if (stale.length > 0) {
      console.error(`content/ is stale (${stale.length} files differ, e.g. ${stale.slice(0, 3).join(', ')}): run npm run ingest`);
      return 1;
    }
    console.log(`content/ is up to date: ${summary}`);
    return 0;
  }
  if (stale.length > 0) writeContent(contentDir, result.files);
  console.log(`ingested ${summary} in ${Math.round(performance.now() - started)} ms; ${stale.length} files changed`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
