/**
 * The ranking file (pagefind/ranking.json, see `Ranking` in ../record.ts): for each unit page, every
 * printed name of its unit; for each document, its title; keyed by the Pagefind id of the page, so
 * the browser can reorder results without loading them (client/rank.ts).
 */
import { squash } from '../tokenize.ts';
import { KIND, type Ranking, type SearchRecord } from '../record.ts';

/** `records` by URL path; `ids` maps each URL path to its Pagefind page id. */
export function buildRanking(records: Map<string, SearchRecord>, ids: Map<string, string>): Ranking {
  const ranking: Ranking = { names: {}, titles: [] };
  for (const [url, record] of records) {
    const id = ids.get(url);
    if (!id) throw new Error(`ranking: no Pagefind page for ${url}`);
    for (const name of record.names ?? []) ranking.names[squash(name)] = id;
    if (record.kind === KIND.document) ranking.titles.push([squash(record.title), id]);
  }
  return ranking;
}
