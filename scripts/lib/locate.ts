/** Where a character of a block's text was printed: texts are compared whitespace aside, as the conservation check does. */
import type { SourceLine } from '../pipeline/2-clean.ts';

export const stripSpace = (s: string) => s.replace(/\s+/g, '');

/** Source line holding the `offset`-th non-space character of the lines' joined text (the last line past the end). */
export function lineAt(lines: SourceLine[], offset: number): SourceLine | undefined {
  let seen = 0;
  for (const line of lines) {
    seen += stripSpace(line.text).length;
    if (seen > offset) return line;
  }
  return lines[lines.length - 1];
}
