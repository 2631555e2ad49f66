/**
 * The search over the index blocks (build/years.ts): the newest year's block is what Pagefind opens;
 * an earlier year's is merged in (Pagefind's mergeIndex) only when a search goes on to it, so a
 * first search costs the newest year's index however long the archive grows. Each block is
 * searched on its own (its `block` filter), so the results of a year stay in their ranked order
 * and come after those of the years fetched before it.
 */
import { CURRENT_BLOCK, YEARS_FILE, blockDir, type Years } from '../record.ts';
import type { PagefindApi } from './pagefind.ts';
import { runSearch, type Outcome } from './query.ts';
import { suggest } from './suggest.ts';

export class Archive {
  private readonly merged = new Set<string>([CURRENT_BLOCK]);

  readonly pf: PagefindApi;
  private readonly base: string;
  readonly years: Years;

  constructor(pf: PagefindApi, base: string, years: Years) {
    this.pf = pf;
    this.base = base;
    this.years = years;
  }

  /** The blocks listed in `base`pagefind/years.json; without the file, the newest block alone. */
  static async open(pf: PagefindApi, base: string): Promise<Archive> {
    const years = await fetch(`${base}${YEARS_FILE}`)
      .then((r) => (r.ok ? (r.json() as Promise<Years>) : undefined))
      .catch(() => undefined);
    return new Archive(pf, base, years ?? { current: { year: null, pages: 0 }, archive: [] });
  }

  /** Every year the archive holds, newest first. */
  allYears(): number[] {
    return [this.years.current.year, ...this.years.archive.map((a) => a.year)].filter((y): y is number => y !== null);
  }

  /** The blocks a search goes through, in order: the one of `year` when the reader chose a year, else all, newest first. */
  blocks(year?: string): string[] {
    if (year) return [year === String(this.years.current.year) ? CURRENT_BLOCK : year];
    return [CURRENT_BLOCK, ...this.years.archive.map((a) => String(a.year))];
  }

  /** The year a block holds, for the reader. */
  yearOf(block: string): string {
    return block === CURRENT_BLOCK ? String(this.years.current.year ?? '') : block;
  }

  /** One search within one block, merging the block's index in first if it is not yet. */
  async search(raw: string, filters: Record<string, unknown>, block: string, toSimplified?: (s: string) => string): Promise<Outcome> {
    if (!this.merged.has(block)) {
      await this.pf.mergeIndex(`${this.base}${blockDir(block)}/`);
      this.merged.add(block);
    }
    return runSearch(this.pf, raw, filters, toSimplified, this.base, block, this.merged.size > 1);
  }

  /** Terms one character off `term` that the pages of `block` hold (client/suggest.ts). */
  suggest(term: string, block: string): Promise<string[]> {
    return suggest(this.pf, term, block, this.base, this.merged.size > 1);
  }

  /** A search through every block (`year`'s alone when given), the hits of each block after those of the newer ones. */
  async searchAll(
    raw: string,
    filters: Record<string, unknown> = {},
    toSimplified?: (s: string) => string,
    year?: string,
  ): Promise<Outcome> {
    const outs: Outcome[] = [];
    for (const block of this.blocks(year)) outs.push(await this.search(raw, filters, block, toSimplified));
    return { ...outs[0]!, hits: outs.flatMap((o) => o.hits), counts: undefined };
  }
}
