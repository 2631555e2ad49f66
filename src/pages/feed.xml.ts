import type { APIRoute } from 'astro';
import { getData } from '../lib/data.ts';
import { docCitation, issuedPhrase } from '../lib/citation.ts';
import { u, abs, docUrl } from '../lib/url.ts';
const x = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** How many of the latest issues the feed holds: a reader's feed wants what is new, not the archive. */
const FEED_ISSUES = 3;
/** Atom feed of the documents of the latest issues, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const data = await getData();
  const latest = new Set(data.issues.slice(-FEED_ISSUES).map((i) => i.id));
  const docs = data.docs.filter((d) => latest.has(d.issue)).sort((a, b) => b.date.localeCompare(a.date) || a.order - b.order);
  const updated = `${docs[0]?.date ?? '1970-01-01'}T00:00:00+08:00`;
  const entries = docs.map((d) => {
    const href = abs(docUrl(d.slug), site);
    return `  <entry>
    <id>${x(href)}</id>
    <title>${x(d.title)}</title>
    <link rel="alternate" type="text/html" href="${x(href)}"/>
    <updated>${d.date}T00:00:00+08:00</updated>
    <published>${d.date}T00:00:00+08:00</published>
    <author><name>${x(d.issuer)}</name></author>
    <summary>${x(docCitation(d))}${d.issues ? x(`，${issuedPhrase(d)}`) : ''}</summary>
    <category term="${x(d.type)}"/>
  </entry>`;
  });
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${x(abs(u(), site))}</id>
  <title>临汾市人民政府公报 · 文件</title>
  <link rel="self" type="application/atom+xml" href="${x(abs(u('feed.xml'), site))}"/>
  <link rel="alternate" type="text/html" href="${x(abs(u(), site))}"/>
  <updated>${updated}</updated>
${entries.join('\n')}
</feed>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
