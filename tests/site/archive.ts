/** Reading the issue archive out of built pages, and what the data says it must show. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { tableOfContents } from '../../model/contents.ts';
import type { Issue } from '../../model/schema.ts';

export interface ExportedDoc {
  slug: string;
  number: string;
  issuer: string;
  title: string;
  section: string | null;
  pages: { first: number; last?: number } | null;
  type: string;
  issue: string;
  order: number;
}
export interface Contents {
  name: string;
  hrefs: string[];
}

export const exportedDocs = (dist: string): ExportedDoc[] => JSON.parse(readFileSync(path.join(dist, 'data/documents.json'), 'utf8'));
export const builtPage = (dist: string, urlPath: string) => readFileSync(path.join(dist, urlPath, 'index.html'), 'utf8');

/** The issues of `root`/content/issues, in publication order (year, then number). */
export function committedIssues(root: string): Issue[] {
  const dir = path.join(root, 'content/issues');
  return readdirSync(dir)
    .map((f) => parseYaml(readFileSync(path.join(dir, f), 'utf8').split(/^---$/m)[1]!) as Issue)
    .sort((a, b) => a.year - b.year || a.number - b.number);
}

/** An issue's 目录 as a page shows it: section names (with their counts) and document links, in order. */
export function shownContents(html: string): Contents[] {
  return [...html.matchAll(/<section class="contents-section"[^>]*><h[23] id="[^"]+">([^<]+)<\/h[23]>(.*?)<\/section>/g)].map((m) => ({
    name: m[1]!.trim(),
    hrefs: [...m[2]!.matchAll(/<a href="([^"]+)"/g)].map((a) => a[1]!),
  }));
}

/** The 目录 the data implies for an issue: its documents by section, in printed order, with counts. */
export function expectedContents(docs: ExportedDoc[], issue: string): Contents[] {
  const sectioned = docs.filter((d) => d.issue === issue).map((d) => ({ ...d, section: d.section ?? undefined }));
  return tableOfContents(sectioned).map((s) => ({
    name: `${s.name}（${s.docs.length}）`,
    hrefs: s.docs.map((d) => `/documents/${d.slug}/`),
  }));
}

/** /issues/ as shown: each year heading with the issue pages listed under it. */
export function shownYears(html: string): { year: string; hrefs: string[] }[] {
  return [...html.matchAll(/<h2 id="y(\d+)">[^<]*<\/h2><ul class="issue-list">(.*?)<\/ul>/g)].map((m) => ({
    year: m[1]!,
    hrefs: [...m[2]!.matchAll(/<a href="([^"]+)"/g)].map((a) => a[1]!),
  }));
}

/** Option values of a <select id="…"> (the empty “全部” left out). */
export function optionValues(html: string, id: string): string[] {
  const select = html.match(new RegExp(`<select id="${id}"[^>]*>(.*?)</select>`))?.[1] ?? '';
  return [...select.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1]!).filter(Boolean);
}

/** A page's year bar (nav.year-bar) as shown: each year's label with its link, or null for the year shown. */
export function yearBarLinks(html: string): { label: string; href: string | null }[] {
  const nav = html.match(/<nav class="year-bar"[^>]*>(.*?)<\/nav>/)?.[1] ?? '';
  return [...nav.matchAll(/<li>(?:<a href="([^"]+)">([^<]+)<\/a>|<span aria-current="page">([^<]+)<\/span>)<\/li>/g)].map((m) => ({
    label: (m[2] ?? m[3])!,
    href: m[1] ?? null,
  }));
}
