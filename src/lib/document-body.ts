/**
 * A document's Markdown body, read from its file when its page is rendered. The content store
 * keeps front matter only (src/content.config.ts): an archive's bodies are never all in memory,
 * one page's at a time.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** What follows a Markdown file's front matter, trimmed: the body as Astro's Markdown loader reads it. */
export function markdownBody(text: string): string {
  const frontmatter = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(text);
  return (frontmatter ? text.slice(frontmatter[0].length) : text).trim();
}

/** The body of the document whose Markdown file is `file` (relative to the project root, as the content store gives it). */
export function documentBody(doc: { file: string }): string {
  return markdownBody(readFileSync(path.resolve(doc.file), 'utf8'));
}
