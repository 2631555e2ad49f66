/**
 * Pagefind's index files (version 1.6), read and written byte for byte as Pagefind does, so that
 * indexes Pagefind wrote can be merged without indexing their pages again (merge.ts).
 *
 * Each file is gzip (level 9) of the signature `pagefind_dcd` and a CBOR value, every record a
 * definite-length array (Pagefind's minicbor derive): only unsigned and negative integers, text and
 * arrays occur. Hashed names are Pagefind's `full_hash`: SHA-1 with each byte in hex unpadded.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

export const SIGNATURE = 'pagefind_dcd';

export type Cbor = number | string | Cbor[];

/** One page of the meta file: its fragment's name, its word count, and a field Pagefind leaves empty here. */
export type MetaPage = [hash: string, wordCount: number, extra: Cbor];
/** The words a chunk holds, from `from` to `to` (prefixes, as Pagefind names them), and its file's name. */
export type MetaChunk = [from: string, to: string, hash: string];
export type MetaFilter = [filter: string, hash: string];
/** pagefind.<hash>.pf_meta */
export type Meta = [version: string, pages: MetaPage[], chunks: MetaChunk[], filters: MetaFilter[], sorts: Cbor[], metaFields: string[]];

/** A page a word is on: the page number as a difference from the previous page of the word's list, its locations, its metadata locations. */
export type Posting = [pageDelta: number, locations: number[], metaLocations: number[]];
export type Word = [word: string, postings: Posting[], extra: Cbor[]];
/** index/<hash>.pf_index */
export type WordChunk = [words: Word[]];
/** filter/<hash>.pf_filter: each value with its pages (absolute page numbers, ascending). */
export type FilterChunk = [filter: string, values: [value: string, pages: number[]][]];

const utf8 = new TextDecoder();

export function decodeCbor(buf: Uint8Array): Cbor {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let i = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) return view.getUint8(i++);
    if (info === 25) return ((i += 2), view.getUint16(i - 2));
    if (info === 26) return ((i += 4), view.getUint32(i - 4));
    if (info === 27) return ((i += 8), Number(view.getBigUint64(i - 8)));
    throw new Error(`CBOR: indefinite length at byte ${i}`);
  };
  const item = (): Cbor => {
    const head = view.getUint8(i++);
    const [major, info] = [head >> 5, head & 31];
    if (major === 0) return length(info);
    if (major === 1) return -1 - length(info);
    if (major === 3) {
      const n = length(info);
      return utf8.decode(buf.subarray(i, (i += n)));
    }
    if (major === 4) return Array.from({ length: length(info) }, item);
    throw new Error(`CBOR: major type ${major} at byte ${i - 1} is not one Pagefind writes`);
  };
  const value = item();
  if (i !== buf.length) throw new Error(`CBOR: ${buf.length - i} bytes after the value`);
  return value;
}

export function encodeCbor(value: Cbor): Buffer {
  const out: number[] = [];
  const head = (major: number, n: number) => {
    const m = major << 5;
    if (n < 24) out.push(m | n);
    else if (n < 0x100) out.push(m | 24, n);
    else if (n < 0x10000) out.push(m | 25, n >> 8, n & 0xff);
    else if (n < 0x100000000) out.push(m | 26, n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
    else throw new Error(`CBOR: ${n} is out of range`);
  };
  const item = (v: Cbor) => {
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) throw new Error(`CBOR: ${v} is not an integer`);
      if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (typeof v === 'string') {
      const bytes = Buffer.from(v, 'utf8');
      head(3, bytes.length);
      for (const b of bytes) out.push(b);
    } else {
      head(4, v.length);
      for (const x of v) item(x);
    }
  };
  item(value);
  return Buffer.from(out);
}

/** The value of a Pagefind file's bytes. */
export function readPagefindFile(gz: Uint8Array): Cbor {
  const raw = gunzipSync(gz);
  if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error('not a Pagefind file');
  return decodeCbor(raw.subarray(SIGNATURE.length));
}

/** A Pagefind file's bytes for `cbor` (its encoded value). */
export const pagefindFile = (cbor: Uint8Array): Buffer => gzipSync(Buffer.concat([Buffer.from(SIGNATURE), cbor]), { level: 9 });

/** Pagefind's full_hash: SHA-1, each byte in hex without padding. */
export function fullHash(bytes: Uint8Array): string {
  return [...createHash('sha1').update(bytes).digest()].map((b) => b.toString(16)).join('');
}

/**
 * The name Pagefind gives an index or filter chunk: language, `_`, the hash's first 7 characters,
 * two more for each name already `taken` that it would collide with (as Pagefind extends them).
 */
export function chunkName(language: string, cbor: Uint8Array, taken: Set<string>): string {
  const hash = `${language}_${fullHash(cbor)}`;
  let n = language.length + 8;
  while (taken.has(hash.slice(0, n)) && n < hash.length) n += 2;
  return hash.slice(0, n);
}

/** The name of the meta file: language, `_`, the hash's first 11 characters. */
export const metaName = (language: string, cbor: Uint8Array): string => `${language}_${fullHash(cbor).slice(0, language.length + 8)}`;
