/**
 * npm run ingest — turns every gazette issue under content/source/ into structured Markdown
 * under content/. `--check` builds everything in memory and fails if content/ is stale.
 *
 * source → clean → layout → split and cover → parse → link → emit, one module per stage in scripts/pipeline/, numbered in run order.
 */
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cleanSource, type FurnitureLine, type SourceLine } from './pipeline/2-clean.ts';
import { readLayout } from './pipeline/3-layout.ts';
import { checkConservation } from './pipeline/7-emit/conserve.ts';
import { changedFiles, staleFiles, writeContent, writeFiles, type ContentFiles } from './pipeline/7-emit/emit.ts';
import { issueReport, reportPath } from './pipeline/7-emit/report.ts';
import { linkDocuments, type LinkedDocument } from './pipeline/6-link/link.ts';
import { validated } from './pipeline/6-link/record.ts';
import { documentMarkdown, itemMarkdown, serialize, unitMarkdown } from './pipeline/7-emit/markdown.ts';
import { IngestError, located, MessageLog } from './lib/messages.ts';
import { parseDocument, type ParsedDocument } from './pipeline/5-parse/document.ts';
import { loadIssues, type LocatedHint } from './pipeline/1-source.ts';
import { documentStarts, hintsOf, issueRegistry } from './pipeline/hints.ts';
import { firstDocumentLine, splitDocuments } from './pipeline/4-split.ts';
import { checkContents, isImprintLine, readCover } from './pipeline/4-cover.ts';
import { Corpus } from './pipeline/corpus.ts';
import { RegistryEntryError, UnitRegistry } from '../model/units.ts';
import { issueSchema, type Cover, type Issue, type ItemRecord } from '../model/schema.ts';
import { PrefixRegistry, withEntries, type PrefixEntry } from '../model/prefixes.ts';
import { parseDocNumber } from '../model/wenhao.ts';

const REGISTRY = 'content/source/units.yaml';
const PREFIXES = 'content/source/prefixes.yaml';

function loadRegistry(root: string): UnitRegistry {
  try {
    return UnitRegistry.load(join(root, REGISTRY));
  } catch (error) {
    const line = error instanceof RegistryEntryError ? error.line : 1;
    throw new IngestError({ file: REGISTRY, line }, 'unit-registry', error instanceof Error ? error.message : String(error));
  }
}

/** The head of a new prefix registry file. */
const PREFIXES_HEADER = `# 文号 prefix → the code that starts its documents' URLs (/documents/<code>-<year>-<serial>/).
# npm run ingest adds a prefix the first time it meets one; review the code before publishing.
# A published code never changes.
`;

/** The 文号 prefix registry; none yet is an empty one, which this run fills. */
function loadPrefixes(root: string): PrefixRegistry {
  if (!existsSync(join(root, PREFIXES))) return new PrefixRegistry();
  try {
    return PrefixRegistry.load(join(root, PREFIXES));
  } catch (error) {
    const line = error instanceof RegistryEntryError ? error.line : 1;
    throw new IngestError({ file: PREFIXES, line }, 'prefix-registry', error instanceof Error ? error.message : String(error));
  }
}

/** A gazette text as printed: page furniture and spacing cleaned, each line with its layout signals. */
export function printedLines(text: string, gazette: string): SourceLine[] {
  return readLayout(cleanSource(text, { gazette }).lines);
}

/** An issue read: its lines after clean and layout, and its documents as parsed. */
export interface ReadIssue {
  issue: Issue;
  file: string;
  lines: SourceLine[];
  /** The lines before the first document (cover and 目录), and what they were read as. */
  front: SourceLine[];
  cover?: Cover;
  /** Page furniture clean removed: the page numbers the 目录 is checked against. */
  furniture: FurnitureLine[];
  parsed: ParsedDocument[];
  /** The unit registry for this issue: with its unit-alias hints. */
  units: UnitRegistry;
}

/** Stages source → parse of one issue: clean, layout, split, cover, parse. */
export function readIssue(
  text: string,
  issue: Issue,
  registry: UnitRegistry,
  log: MessageLog,
  file = `content/source/${issue.source}`,
  hints: LocatedHint[] = [], // the editor's hints (content/source/<id>.hints.yaml)
): ReadIssue {
  const start = { file, line: 1 };
  const units = issueRegistry(registry, hints); // the registry with this issue's unit aliases (hints)
  const { lines: cleaned, furniture } = located(start, 'clean', () => cleanSource(text, { gazette: issue.gazette })); // clean: furniture, spacing, punctuation
  const lines = located(start, 'layout', () => readLayout(cleaned)); // layout: where printed lines and blocks start
  const sources = located(start, 'split', () => splitDocuments(file, lines, log, isImprintLine, documentStarts(hints))); // split: one source per document
  const front = lines.slice(0, lines.indexOf(firstDocumentLine(sources)));
  const cover = located(start, 'cover', () => readCover(file, front, issue.gazette, log)); // cover: the cover and 目录 before them
  const parsed = sources.map((doc) =>
    located({ file, line: doc.numberLine.no }, 'parse', () => parseDocument(doc, units, log, hintsOf(doc, hints))),
  ); // parse: metadata, blocks, tables
  return { issue, file, lines, front, ...(cover ? { cover } : {}), furniture, parsed, units };
}

/**
 * The 文号 prefixes of read issues, for the prefix registry. A document printed without a 文号 has
 * none; to give it a registry slug, extend the registry with its kind here and name it with
 * `PrefixRegistry.slugWithoutNumber` in the link stage.
 */
function prefixesOf(issues: ReadIssue[]): string[] {
  return issues.flatMap((r) => r.parsed.flatMap((d) => parseDocNumber(d.number)?.prefix ?? []));
}

export interface IngestedIssue extends ReadIssue {
  documents: LinkedDocument[];
  items: ItemRecord[];
  /** Its generated files under content/: documents, items and the issue. */
  files: ContentFiles;
}

/** Stages link → emit of one read issue, whose 文号 prefixes all have their code in `corpus`. */
export function linkIssue(read: ReadIssue, corpus: Corpus, log: MessageLog): IngestedIssue {
  const { issue, file, lines, front, cover, furniture, parsed } = read;
  const start = { file, line: 1 };
  const { documents, items } = located(start, 'link', () => linkDocuments(issue, parsed, read.units, log, corpus.prefixes, corpus.citable)); // link: records, items, citations
  const files: ContentFiles = new Map();
  for (const { record, blocks, parsed: doc } of documents) {
    corpus.add(record, file, log);
    files.set(
      `documents/${record.slug}.md`,
      located({ file, line: doc.source.numberLine.no }, 'emit', () => documentMarkdown(record, blocks)),
    ); // emit: documents
  }
  for (const item of items) files.set(`items/${item.slug}.md`, itemMarkdown(item)); // emit: items
  const issueRecord = validated(issueSchema, cover ? { ...issue, cover } : issue, start, 'the issue record'); // its cover and 目录 as read
  if (cover) {
    const listed = documents.map(({ record: r, parsed: p }) => ({ ...r, issuers: p.source.headerIssuers, line: r.lines[0] }));
    checkContents(file, cover, issue, listed, furniture, log); // the 目录 against the documents split
  }
  files.set(`issues/${issue.id}.md`, serialize(issueRecord, [])); // emit: the issue, its cover and 目录
  const markdownBySlug = new Map(documents.map((d) => [d.record.slug, files.get(`documents/${d.record.slug}.md`)!]));
  located(start, 'conservation', () =>
    checkConservation(file, lines, documents, markdownBySlug, log, { lines: front, markdown: files.get(`issues/${issue.id}.md`)! }),
  ); // every character lands once
  return { ...read, documents, items, files };
}

export interface IssueContext {
  /** Where problems are recorded; a fresh log by default. */
  log?: MessageLog;
  /** The issues ingested before this one and the prefix registry; an empty corpus by default. */
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
  const { log = new MessageLog(), corpus = new Corpus() } = context;
  const read = readIssue(text, issue, registry, log, context.file, context.hints);
  corpus.prefixes.extend(prefixesOf([read]));
  return linkIssue(read, corpus, log);
}

export interface IngestResult {
  files: ContentFiles;
  log: MessageLog;
  /** Every issue, read and linked, in order of id. */
  issues: IngestedIssue[];
  /** 文号 prefixes met for the first time, with the code this run gave them: prefixes.yaml lacks them. */
  newPrefixes: PrefixEntry[];
  /** The editor's report of each issue, by its path under content/ (source/<id>.report.txt). */
  reports: ContentFiles;
  stats: { issues: number; documents: number; items: number; units: number };
}

/** One issue ingested, for a long run's progress line. */
export interface IssueProgress {
  index: number;
  total: number;
  id: string;
  documents: number;
  items: number;
}

/**
 * Every issue under `root`/content/source, in order of id, and the unit pages. All issues are read
 * before any is linked, so that a prefix met for the first time gets its code whatever issue
 * printed it first. `progress` hears of each issue linked.
 */
export function ingest(root: string, progress?: (done: IssueProgress) => void): IngestResult {
  const log = new MessageLog();
  const files: ContentFiles = new Map();
  const registry = loadRegistry(root); // the unit registry
  const corpus = new Corpus(loadPrefixes(root)); // the prefix registry; slugs and citable documents across issues
  const read = loadIssues(root).map(({ issue, file, text, hints }) => readIssue(text, issue, registry, log, file, hints)); // source → parse
  const newPrefixes = corpus.prefixes.extend(prefixesOf(read)); // a code for each new 文号 prefix
  const issues = read.map((r, k) => {
    const linked = linkIssue(r, corpus, log); // link → emit
    progress?.({ index: k + 1, total: read.length, id: r.issue.id, documents: linked.documents.length, items: linked.items.length });
    return linked;
  });
  for (const issue of issues) for (const [path, content] of issue.files) files.set(path, content);
  for (const unit of registry.units) files.set(`units/${unit.slug}.md`, unitMarkdown(unit)); // emit: units
  const count = (f: (i: IngestedIssue) => unknown[]) => issues.reduce((n, i) => n + f(i).length, 0);
  const stats = { issues: issues.length, documents: count((i) => i.documents), items: count((i) => i.items), units: registry.units.length };
  const reports: ContentFiles = new Map(issues.map((i) => [reportPath(i.issue), issueReport(i, log.messages)])); // the editor's report
  return { files, log, issues, newPrefixes, reports, stats };
}

/** From this many issues on, the CLI reports each issue as it is ingested. */
const PROGRESS_FROM = 10;

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
  // a long run (an archive) says where it is, an issue a line
  const result = ingest(root, (p) => {
    if (p.total >= PROGRESS_FROM)
      console.log(
        `ingest ${p.index}/${p.total}: ${p.id}, ${p.documents} documents, ${p.items} items (elapsed ${((performance.now() - started) / 1000).toFixed(1)} s)`,
      );
  });
  const { log } = result;
  if (log.failed) {
    console.error(`${log.format()}\ningest failed (${log.errors.length} problems); content/ was left unchanged.`);
    return 1;
  }
  if (log.warnings.length > 0) console.error(log.format(log.warnings));
  const contentDir = join(root, 'content');
  const stale = staleFiles(contentDir, result.files);
  const staleReports = changedFiles(contentDir, result.reports);
  const { issues, documents, items, units } = result.stats;
  const warnings = log.warningSummary();
  const summary = `${issues} issue(s), ${documents} documents, ${items} items, ${units} units${warnings ? `; ${warnings}` : ''}`;
  const newPrefixes = result.newPrefixes.map((e) => `${e.prefix} → ${e.code}`).join(', ');
  if (check) {
    if (newPrefixes) {
      console.error(`${PREFIXES} lacks the 文号 prefixes ${newPrefixes}: run npm run ingest`);
      return 1;
    }
    if (stale.length + staleReports.length > 0) {
      const differ = [...stale, ...staleReports];
      console.error(`content/ is stale (${differ.length} files differ, e.g. ${differ.slice(0, 3).join(', ')}): run npm run ingest`);
      return 1;
    }
    console.log(`content/ is up to date: ${summary}`);
    return 0;
  }
  if (stale.length > 0) writeContent(contentDir, result.files);
  if (newPrefixes) {
    const file = join(root, PREFIXES);
    writeFileSync(file, withEntries(existsSync(file) ? readFileSync(file, 'utf8') : PREFIXES_HEADER, result.newPrefixes));
    console.log(
      `new 文号 prefixes, written to ${PREFIXES} (review the codes before publishing; once published they never change): ${newPrefixes}`,
    );
  }
  writeFiles(contentDir, new Map([...result.reports].filter(([path]) => staleReports.includes(path))));
  console.log(`ingested ${summary} in ${Math.round(performance.now() - started)} ms; ${stale.length} files changed`);
  // The editor's report of each new or changed issue ends the run.
  for (const issue of result.issues) {
    const path = reportPath(issue.issue);
    if (!staleReports.includes(path) && ![...issue.files.keys()].some((f) => stale.includes(f))) continue;
    console.log(`\n${result.reports.get(path)}(also in content/${path})`);
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
