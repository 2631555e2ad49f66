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

/** An array of integers kept as its CBOR bytes: a word's locations on a page, copied through a merge as they are. */
export class RawIntegers {
  readonly bytes: Buffer;
  readonly length: number;
  constructor(bytes: Buffer, length: number) {
    this.bytes = bytes;
    this.length = length;
  }
}

export type Cbor = number | string | RawIntegers | Cbor[];

/** One page of the meta file: its fragment's name, its word count, and a field Pagefind leaves empty here. */
export type MetaPage = [hash: string, wordCount: number, extra: Cbor];
/** The words a chunk holds, from `from` to `to` (prefixes, as Pagefind names them), and its file's name. */
export type MetaChunk = [from: string, to: string, hash: string];
export type MetaFilter = [filter: string, hash: string];
/** pagefind.<hash>.pf_meta */
export type Meta = [version: string, pages: MetaPage[], chunks: MetaChunk[], filters: MetaFilter[], sorts: Cbor[], metaFields: string[]];

/** A page a word is on: the page number as a difference from the previous page of the word's list, its locations, its metadata locations. */
export type Posting = [pageDelta: number, locations: number[] | RawIntegers, metaLocations: number[]];
export type Word = [word: string, postings: Posting[], extra: Cbor[]];
/** index/<hash>.pf_index */
export type WordChunk = [words: Word[]];
/** filter/<hash>.pf_filter: each value with its pages (absolute page numbers, ascending). */
export type FilterChunk = [filter: string, values: [value: string, pages: number[]][]];

/** Reads CBOR values from `buf`, one after the other. */
class Reader {
  private i = 0;
  private readonly buf: Buffer;
  constructor(buf: Buffer) {
    this.buf = buf;
  }

  private head(): [major: number, n: number] {
    const { buf } = this;
    const head = buf[this.i++]!;
    const info = head & 31;
    if (info < 24) return [head >> 5, info];
    if (info === 24) return [head >> 5, buf[this.i++]!];
    if (info === 25) return [head >> 5, buf.readUInt16BE((this.i += 2) - 2)];
    if (info === 26) return [head >> 5, buf.readUInt32BE((this.i += 4) - 4)];
    if (info === 27) return [head >> 5, Number(buf.readBigUInt64BE((this.i += 8) - 8))];
    throw new Error(`CBOR: indefinite length at byte ${this.i - 1}`);
  }

  item(): Cbor {
    const [major, n] = this.head();
    if (major === 0) return n;
    if (major === 1) return -1 - n;
    if (major === 3) return this.buf.toString('utf8', this.i, (this.i += n));
    if (major === 4) {
      const list = new Array<Cbor>(n);
      for (let k = 0; k < n; k++) list[k] = this.item();
      return list;
    }
    throw new Error(`CBOR: major type ${major} at byte ${this.i} is not one Pagefind writes`);
  }

  /** The length of the array that starts here. */
  array(): number {
    const [major, n] = this.head();
    if (major !== 4) throw new Error(`CBOR: an array expected at byte ${this.i}`);
    return n;
  }

  /** An array of integers, not decoded. */
  integers(): RawIntegers {
    const start = this.i;
    const n = this.array();
    for (let k = 0; k < n; k++) if (this.head()[0] > 1) throw new Error(`CBOR: an integer expected at byte ${this.i}`);
    return new RawIntegers(this.buf.subarray(start, this.i), n);
  }

  end(): void {
    if (this.i !== this.buf.length) throw new Error(`CBOR: ${this.buf.length - this.i} bytes after the value`);
  }
}

const reader = (bytes: Uint8Array) => new Reader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

export function decodeCbor(bytes: Uint8Array): Cbor {
  const r = reader(bytes);
  const value = r.item();
  r.end();
  return value;
}

/** A word chunk with each page's locations left as bytes (a merge renumbers pages and copies locations). */
export function decodeWordChunk(bytes: Uint8Array): WordChunk {
  const r = reader(bytes);
  if (r.array() !== 1) throw new Error('CBOR: a word chunk is one list');
  const words: Word[] = new Array<Word>(r.array());
  for (let w = 0; w < words.length; w++) {
    if (r.array() !== 3) throw new Error('CBOR: a word is three fields');
    const word = r.item() as string;
    const postings = new Array<Posting>(r.array());
    for (let p = 0; p < postings.length; p++) {
      if (r.array() !== 3) throw new Error('CBOR: a page of a word is three fields');
      postings[p] = [r.item() as number, r.integers(), r.item() as number[]];
    }
    words[w] = [word, postings, r.item() as Cbor[]];
  }
  r.end();
  return [words];
}

export function encodeCbor(value: Cbor): Buffer {
  let out = Buffer.allocUnsafe(1 << 16);
  let at = 0;
  const room = (n: number) => {
    if (at + n <= out.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(out.length * 2, at + n));
    out.copy(bigger, 0, 0, at);
    out = bigger;
  };
  const head = (major: number, n: number) => {
    room(5);
    const m = major << 5;
    if (n < 24) out[at++] = m | n;
    else if (n < 0x100) {
      out[at++] = m | 24;
      out[at++] = n;
    } else if (n < 0x10000) {
      out[at++] = m | 25;
      at = out.writeUInt16BE(n, at);
    } else if (n < 0x100000000) {
      out[at++] = m | 26;
      at = out.writeUInt32BE(n, at);
    } else throw new Error(`CBOR: ${n} is out of range`);
  };
  const item = (v: Cbor) => {
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) throw new Error(`CBOR: ${v} is not an integer`);
      if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (v instanceof RawIntegers) {
      room(v.bytes.length);
      at += v.bytes.copy(out, at);
    } else if (typeof v === 'string') {
      const n = Buffer.byteLength(v, 'utf8');
      head(3, n);
      room(n);
      at += out.write(v, at, 'utf8');
    } else {
      head(4, v.length);
      for (const x of v) item(x);
    }
  };
  item(value);
  return Buffer.from(out.subarray(0, at));
}

/** The value of a Pagefind file's bytes (`decode`: how, decodeCbor unless told). */
export function readPagefindFile<T = Cbor>(gz: Uint8Array, decode: (cbor: Uint8Array) => T = decodeCbor as (cbor: Uint8Array) => T): T {
  const raw = gunzipSync(gz);
  if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error('not a Pagefind file');
  return decode(raw.subarray(SIGNATURE.length));
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
