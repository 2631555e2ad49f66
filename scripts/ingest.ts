/**
 * npm run ingest — turns every gazette issue under content/source/ into structured Markdown
 * under content/. `--check` builds everything in memory and fails if content/ is stale.
 *
 * source → clean → layout → split → parse → link → emit, one module per stage in scripts/pipeline/, numbered in run order.
 */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { cleanSource, type SourceLine } from './pipeline/2-clean.ts';
import { readLayout } from './pipeline/3-layout.ts';
import { checkConservation } from './pipeline/7-emit/conserve.ts';
import { staleFiles, writeContent, type ContentFiles } from './pipeline/7-emit/emit.ts';
import { linkDocuments, type LinkedDocument } from './pipeline/6-link/link.ts';
import { documentMarkdown, itemMarkdown, serialize, unitMarkdown } from './pipeline/7-emit/markdown.ts';
import { IngestError, located, MessageLog } from './lib/messages.ts';
import { parseDocument } from './pipeline/5-parse/document.ts';
import { loadIssues, type LocatedHint } from './pipeline/1-source.ts';
import { documentStarts, hintsOf, issueRegistry } from './pipeline/hints.ts';
import { splitDocuments } from './pipeline/4-split.ts';
import { Corpus } from './pipeline/corpus.ts';
import { RegistryEntryError, UnitRegistry } from '../model/units.ts';
import type { Issue, ItemRecord } from '../model/schema.ts';

const REGISTRY = 'content/source/units.yaml';

function loadRegistry(root: string): UnitRegistry {
  try {
    return UnitRegistry.load(join(root, REGISTRY));
  } catch (error) {
    const line = error instanceof RegistryEntryError ? error.line : 1;
    throw new IngestError({ file: REGISTRY, line }, 'unit-registry', error instanceof Error ? error.message : String(error));
  }
}

/** A gazette text as printed: page furniture and spacing cleaned, each line with its layout signals. */
export function printedLines(text: string, gazette: string): SourceLine[] {
  return readLayout(cleanSource(text, { gazette }).lines);
}

export interface IngestedIssue {
  /** The issue's lines after clean and layout. */
  lines: SourceLine[];
  documents: LinkedDocument[];
  items: ItemRecord[];
  /** Its generated files under content/: documents, items and the issue. */
  files: ContentFiles;
}

export interface IssueContext {
  /** Where problems are recorded; a fresh log by default. */
  log?: MessageLog;
  /** The issues ingested before this one; an empty corpus by default. */
  corpus?: Corpus;
  /** Path of the text for messages; `content/source/<manifest source>` by default. */
  file?: string;
  /** The editor's hints for this issue (content/source/<id>.hints.yaml); none by default. */
  hints?: LocatedHint[];
}

/**
 * One issue, from its text to its files: source → clean → layout → split → parse → link → emit.
 * Every stage runs under `located`: an error that is not already located (a bug, a duplicate
 * anchor, a record that fails its schema) is reported at the document, or the issue, it came from.
 */
export function ingestIssue(text: string, issue: Issue, registry: UnitRegistry, context: IssueContext = {}): IngestedIssue {
  const { log = new MessageLog(), corpus = new Corpus(), file = `content/source/${issue.source}`, hints = [] } = context;
  const start = { file, line: 1 };
  const units = issueRegistry(registry, hints); // the registry with this issue's unit aliases (hints)
  const { lines: cleaned } = located(start, 'clean', () => cleanSource(text, { gazette: issue.gazette })); // clean: furniture, spacing, punctuation
  const lines = located(start, 'layout', () => readLayout(cleaned)); // layout: where printed lines and blocks start
  const sources = located(start, 'split', () => splitDocuments(file, lines, documentStarts(hints))); // split: one source per document
  const parsed = sources.map((doc) =>
    located({ file, line: doc.numberLine.no }, 'parse', () => parseDocument(doc, units, log, hintsOf(doc, hints))),
  ); // parse: metadata, blocks, tables
  const { documents, items } = located(start, 'link', () => linkDocuments(issue, parsed, units, log, corpus.slugs, corpus.citable)); // link: records, items, citations
  const files: ContentFiles = new Map();
  for (const { record, blocks, parsed: doc } of documents) {
    corpus.add(record, file, log);
    files.set(
      `documents/${record.slug}.md`,
      located({ file, line: doc.source.numberLine.no }, 'emit', () => documentMarkdown(record, blocks)),
    ); // emit: documents
  }
  for (const item of items) files.set(`items/${item.slug}.md`, itemMarkdown(item)); // emit: items
  files.set(`issues/${issue.id}.md`, serialize(issue, []));
  const markdownBySlug = new Map(documents.map((d) => [d.record.slug, files.get(`documents/${d.record.slug}.md`)!]));
  located(start, 'conservation', () => checkConservation(file, lines, documents, markdownBySlug, log)); // every character lands once
  return { lines, documents, items, files };
}

export interface IngestResult {
  files: ContentFiles;
  log: MessageLog;
  stats: { issues: number; documents: number; items: number; units: number };
}

/** Every issue under `root`/content/source, in order of id, and the unit pages. */
export function ingest(root: string): IngestResult {
  const log = new MessageLog();
  const files: ContentFiles = new Map();
  const registry = loadRegistry(root); // the unit registry
  const issues = loadIssues(root); // source: manifests and texts
  const corpus = new Corpus(); // slugs and citable documents across issues
  let documentCount = 0;
  let itemCount = 0;
  for (const { issue, file, text, hints } of issues) {
    const ingested = ingestIssue(text, issue, registry, { log, corpus, file, hints });
    for (const [path, content] of ingested.files) files.set(path, content);
    documentCount += ingested.documents.length;
    itemCount += ingested.items.length;
  }
  for (const unit of registry.units) files.set(`units/${unit.slug}.md`, unitMarkdown(unit)); // emit: units
  return { files, log, stats: { issues: issues.length, documents: documentCount, items: itemCount, units: registry.units.length } };
}

/** The CLI: any error ends as `file:line: message [rule]` without a stack trace, and content/ is left as it was. */
function main(): number {
  try {
    return run();
  } catch (error) {
    const message =
      error instanceof IngestError ? String(error) : `content:1: ${error instanceof Error ? error.message : String(error)} [internal]`;
    console.error(`${message}\ningest failed; content/ was left unchanged.`);
    return 1;
  }
}

function run(): number {
  const rootArg = process.argv.find((a) => a.startsWith('--root='));
  const root = rootArg ? rootArg.slice('--root='.length) : join(dirname(fileURLToPath(import.meta.url)), '..');
  const check = process.argv.includes('--check');
  const started = performance.now();
  const result = ingest(root);
  const { log } = result;
  if (log.failed) {
    console.error(`${log.format()}\ningest failed (${log.errors.length} problems); content/ was left unchanged.`);
    return 1;
  }
  if (log.warnings.length > 0) console.error(log.format(log.warnings));
  const contentDir = join(root, 'content');
  const stale = staleFiles(contentDir, result.files);
  const { issues, documents, items, units } = result.stats;
  const warnings = log.warningSummary();
  const summary = `${issues} issue(s), ${documents} documents, ${items} items, ${units} units${warnings ? `; ${warnings}` : ''}`;
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
