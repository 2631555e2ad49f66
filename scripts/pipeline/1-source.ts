/**
 * Stage 1, source: finds the gazette issues under content/source/. Each issue is a manifest
 * `<id>.yaml` beside its extracted text; adding an issue means adding those two files, and
 * optionally `<id>.hints.yaml`, an editor's hints (model/schema.ts `hintSchema`), each checked
 * against the line it names.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSeq, LineCounter, parseDocument, parse as parseYaml } from 'yaml';
import { IngestError, type Location, type Rule } from '../lib/messages.ts';
import { hintSchema, issueSchema, schemaProblems, type Hint, type Issue } from '../../model/schema.ts';
import { toFullwidthPunctuation } from '../../model/punctuation.ts';

/** An editor's hint with where it is written, for messages about it. */
export interface LocatedHint {
  hint: Hint;
  /** Its entry in the hints file. */
  at: Location;
}

export interface SourceIssue {
  issue: Issue;
  /** Path of the text file, relative to the project root (for messages). */
  file: string;
  text: string;
  /** The editor's hints for this issue, each matching its line; empty without a hints file. */
  hints: LocatedHint[];
}

const HINTS = '.hints.yaml';

/** The registries beside the issues: units, and the codes of 文号 prefixes. */
const REGISTRIES = ['units.yaml', 'prefixes.yaml'];

export function loadIssues(root: string, sourceDir = 'content/source'): SourceIssue[] {
  const dir = join(root, sourceDir);
  const manifests = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && !REGISTRIES.includes(f) && !f.endsWith(HINTS))
    .sort();
  return manifests.map((name) => {
    const manifestFile = join(sourceDir, name);
    const parsed = issueSchema.safeParse(parseYaml(readFileSync(join(root, manifestFile), 'utf8')));
    if (!parsed.success)
      throw new IngestError({ file: manifestFile, line: 1 }, 'manifest', `invalid issue manifest: ${schemaProblems(parsed.error)}`);
    const file = join(sourceDir, parsed.data.source);
    if (!existsSync(join(root, file)))
      throw new IngestError({ file: manifestFile, line: 1 }, 'manifest', `source text ${file} does not exist`);
    const text = readFileSync(join(root, file), 'utf8');
    const hintsFile = join(sourceDir, `${parsed.data.id}${HINTS}`);
    const hints = existsSync(join(root, hintsFile)) ? loadHints(hintsFile, readFileSync(join(root, hintsFile), 'utf8'), text) : [];
    return { issue: parsed.data, file, text, hints };
  });
}

/** Spaces aside and punctuation full width, as an editor types a line's start. */
const comparable = (text: string) => toFullwidthPunctuation(text.replace(/[\s\u3000]+/g, ''));

/**
 * The hints of `file`, each validated and checked against the source: the line it names must
 * start with the text it quotes (else `hint-mismatch`), so a hint never silently moves.
 */
export function loadHints(file: string, yaml: string, source: string): LocatedHint[] {
  const counter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter: counter });
  const fail = (line: number, rule: Rule, reason: string): never => {
    throw new IngestError({ file, line }, rule, reason);
  };
  if (document.errors.length > 0) fail(counter.linePos(document.errors[0]!.pos[0]).line, 'hints', document.errors[0]!.message);
  if (document.contents === null) return [];
  if (!isSeq(document.contents)) fail(1, 'hints', 'a hints file is a list of hints');
  const lines = source.split('\n');
  const entries = isSeq(document.contents) ? document.contents.items : [];
  return entries.map((node) => {
    const at = { file, line: counter.linePos((node as { range?: number[] | null }).range?.[0] ?? 0).line };
    const parsed = hintSchema.safeParse((node as { toJSON(): unknown }).toJSON());
    if (!parsed.success) fail(at.line, 'hints', `invalid hint: ${schemaProblems(parsed.error)}`);
    const hint = parsed.data!;
    const printed = lines[hint.line - 1];
    if (printed === undefined || !comparable(printed).startsWith(comparable(hint.text)))
      fail(
        at.line,
        'hint-mismatch',
        `the hint is about line ${hint.line}, which should start “${hint.text}” but ${printed === undefined ? 'does not exist' : `reads “${printed.trim().slice(0, 24)}”`}; check the line number`,
      );
    if ('to' in hint && (hint.to < hint.line || hint.to > lines.length))
      fail(at.line, 'hints', `lines ${hint.line}–${hint.to} are not a range of the source`);
    return { hint, at };
  });
}
