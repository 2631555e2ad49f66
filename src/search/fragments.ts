/**
 * Long pages' text out of their Pagefind fragments (build time, after Pagefind writes its files).
 *
 * A search loads the fragment of every result it shows, and a fragment holds the page's whole
 * text: for the longest document that is ~30 KB (gzip) to show one excerpt. Here, a fragment
 * whose text runs over LONG words keeps its URL, metadata, filters and anchors but not its text,
 * which is written beside it in parts of PART words (pagefind/text/<fragment>.<k>.txt); the
 * browser fetches just the part(s) an excerpt needs (see `withWords` in query.ts). Matching is
 * untouched: it runs on Pagefind's word index, not on fragments.
 */
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

export const PART = 1000;
export const LONG = 2 * PART;
const SIGNATURE = 'pagefind_dcd';

/** Where a long page's words are: `words` in all, PART per file `${path}.${k}.txt` under the site base. */
export interface TextParts {
  words: number;
  per: number;
  path: string;
}

/** Rewrite the long fragments under `pagefindDir`; returns how many. */
export async function splitLongFragments(pagefindDir: string): Promise<number> {
  const dir = path.join(pagefindDir, 'fragment');
  const textDir = path.join(pagefindDir, 'text');
  let split = 0;
  for (const name of await readdir(dir)) {
    const file = path.join(dir, name);
    const raw = gunzipSync(await readFile(file)).toString('utf8');
    if (!raw.startsWith(SIGNATURE)) throw new Error(`${name}: not a Pagefind fragment`);
    const fragment = JSON.parse(raw.slice(SIGNATURE.length)) as { content: string; text?: TextParts };
    const words = fragment.content.split(/\s+/).filter(Boolean); // as excerpt() reads it
    if (words.length <= LONG) continue;
    const stem = name.replace(/\.pf_fragment$/, '');
    await mkdir(textDir, { recursive: true });
    for (let k = 0; k * PART < words.length; k++) {
      await writeFile(path.join(textDir, `${stem}.${k}.txt`), words.slice(k * PART, (k + 1) * PART).join(' '));
    }
    fragment.content = '';
    fragment.text = { words: words.length, per: PART, path: `pagefind/text/${stem}` };
    await writeFile(file, gzipSync(SIGNATURE + JSON.stringify(fragment), { level: 9 }));
    split++;
  }
  return split;
}
