/**
 * Stage 1, source: finds the gazette issues under content/source/. Each issue is a manifest
 * `<id>.yaml` beside its extracted text; adding an issue means adding those two files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { IngestError } from '../lib/messages.ts';
import { issueSchema, schemaProblems, type Issue } from '../../model/schema.ts';

export interface SourceIssue {
  issue: Issue;
  /** Path of the text file, relative to the project root (for messages). */
  file: string;
  text: string;
}

/** The registries beside the issues: units, and the codes of 文号 prefixes. */
const REGISTRIES = ['units.yaml', 'prefixes.yaml'];

export function loadIssues(root: string, sourceDir = 'content/source'): SourceIssue[] {
  const dir = join(root, sourceDir);
  const manifests = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && !REGISTRIES.includes(f))
    .sort();
  return manifests.map((name) => {
    const manifestFile = join(sourceDir, name);
    const parsed = issueSchema.safeParse(parseYaml(readFileSync(join(root, manifestFile), 'utf8')));
    if (!parsed.success)
      throw new IngestError({ file: manifestFile, line: 1 }, 'manifest', `invalid issue manifest: ${schemaProblems(parsed.error)}`);
    const file = join(sourceDir, parsed.data.source);
    if (!existsSync(join(root, file)))
      throw new IngestError({ file: manifestFile, line: 1 }, 'manifest', `source text ${file} does not exist`);
    return { issue: parsed.data, file, text: readFileSync(join(root, file), 'utf8') };
  });
}
