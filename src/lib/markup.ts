/**
 * The markup contracts between the pages, the render transforms and the browser scripts: the
 * attributes, classes and ids one side writes and another reads. Renaming one here renames it
 * everywhere; nothing else spells them.
 */

/** JSON search record of an indexed page, on its [data-pagefind-body] element (src/search/record.ts). */
export const SEARCH_RECORD_ATTR = 'data-search';
/** On a page's article: how the page is cited; on a document, also the plan it issues (src/lib/citation.ts). */
export const CITE_ATTR = 'data-cite';
export const CITE_ISSUED_ATTR = 'data-cite-issued';
/** On a block: its own citation when it is not the page's plus its heading (an article: 《…办法》第十二条). */
export const BLOCK_CITATION_ATTR = 'data-citation';
/** A page's copy buttons (复制链接, 复制引用) and a block's (链接, 引用); `data-act` says which. */
export const COPY_PAGE_CLASS = 'cp-doc';
export const COPY_BLOCK_CLASS = 'cp';
/** A block's tools (¶ 链接 引用), and the class a tapped block gets to show them. */
export const TOOLS_CLASS = 'tools';
export const TOOLS_ASKED_CLASS = 'asked';
/** A document's rendered text. */
export const BODY_CLASS = 'body';
/** The page title's id, the back-to-top target. */
export const TOP_ID = 'top';
/** Text the 繁體 switch leaves as printed: a person's name, a 文号 (src/scripts/zh-convert.ts). */
export const AS_PRINTED_ATTR = 'data-no-convert';
/** The 目录 and its link to the section in view. */
export const TOC_CLASS = 'toc';

/** The query keys of each filtered list (read by its page and its script, written in links to it); a year is a page of the documents index. */
export const FILTER_KEYS = {
  documents: ['issue', 'type', 'issuer'],
} as const;
