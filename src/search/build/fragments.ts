/**
 * Long pages' text out of their Pagefind fragments (build time, after Pagefind writes its files).
 *
 * A search loads the fragment of every result it shows, and a fragment holds the page's whole
 * text: for the longest document that is ~30 KB (gzip) to show one excerpt. Here, a fragment
 * whose text runs over LONG words keeps its URL, metadata and filters but not its text and anchors,
 * which are written apart in parts of PART words (pagefind/text/<index part>/<fragment>.<k>.txt: the part's
 * anchors as JSON on the first line, then its words); the
 * browser fetches just the part(s) an excerpt needs (see `withWords` in client/excerpt.ts). Matching is
 * untouched: it runs on Pagefind's word index, not on fragments.
 */
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { TextParts } from '../record.ts';

export const PART = 1000;
export const LONG = 2 * PART;
const SIGNATURE = 'pagefind_dcd';

/** An anchor Pagefind records: the id of an element and the word it starts at. */
export interface Anchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

/** The part of a Pagefind fragment we read or rewrite. */
export interface Fragment {
  url: string;
  content: string;
  anchors: Anchor[];
  text?: TextParts;
}

/** A fragment file Pagefind wrote: the page's Pagefind id (the file's stem), its path and content. */
export interface FragmentFile {
  id: string;
  file: string;
  fragment: Fragment;
}

/** Every fragment under `pagefindDir`. */
export async function readFragments(pagefindDir: string): Promise<FragmentFile[]> {
  const dir = path.join(pagefindDir, 'fragment');
  const out: FragmentFile[] = [];
  for (const name of await readdir(dir)) {
    const raw = gunzipSync(await readFile(path.join(dir, name))).toString('utf8');
    if (!raw.startsWith(SIGNATURE)) throw new Error(`${name}: not a Pagefind fragment`);
    out.push({
      id: name.replace(/\.pf_fragment$/, ''),
      file: path.join(dir, name),
      fragment: JSON.parse(raw.slice(SIGNATURE.length)) as Fragment,
    });
  }
  return out;
}

/**
 * The anchors part `k` needs: those that start in it, and the last one before it (the block a
 * match at the part's start is in).
 */
export function partAnchors(anchors: Anchor[], k: number): Anchor[] {
  const [from, to] = [k * PART, (k + 1) * PART];
  const before = anchors.filter((a) => a.location < from && a.id).at(-1);
  return [...(before ? [before] : []), ...anchors.filter((a) => a.location >= from && a.location < to)];
}

/**
 * Rewrite the long ones of `fragments`, their text written into `textDir`, which the site serves at
 * `textUrl` (e.g. pagefind/text/<key>: a path that does not depend on the block the pages end up in);
 * returns how many.
 */
export async function splitLongFragments(textDir: string, textUrl: string, fragments: FragmentFile[]): Promise<number> {
  let split = 0;
  for (const { id, file, fragment } of fragments) {
    const words = fragment.content.split(/\s+/).filter(Boolean); // as excerpt() reads it
    if (words.length <= LONG) continue;
    await mkdir(textDir, { recursive: true });
    for (let k = 0; k * PART < words.length; k++) {
      await writeFile(
        path.join(textDir, `${id}.${k}.txt`),
        `${JSON.stringify(partAnchors(fragment.anchors, k))}\n${words.slice(k * PART, (k + 1) * PART).join(' ')}`,
      );
    }
    const rewritten = { ...fragment, content: '', anchors: [], text: { words: words.length, per: PART, path: `${textUrl}/${id}` } };
    await writeFile(file, gzipSync(SIGNATURE + JSON.stringify(rewritten), { level: 9 }));
    split++;
  }
  return split;
}
