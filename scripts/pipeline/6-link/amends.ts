/**
 * What a 修改决定 amends: the 规章 or 规范性文件 its text says it changes
 * (决定对《临汾市城市供水管理办法》（临汾市人民政府令第5号）作如下修改), or, when the text names none
 * so, the one its title names (关于修改〈临汾市城市供水管理办法〉的决定).
 */
import { findCitations, type Resolve } from './citations.ts';
import type { DocumentRecord } from '../../../model/schema.ts';

/** 对《…》（…）、《…》…作如下修改 / 作出如下修改 / 进行修改. */
const AMENDING = /对((?:《[^《》]+》(?:（[^（）]+）)?[、和及]?)+)(?:的?部分条款)?(?:作出?如下|进行)修改/g;
/** 关于修改《…》的决定, the inner title's brackets either 《》 or 〈〉. */
const AMENDING_TITLE = /修改[《〈]([^《》〈〉]+)[》〉]的决定$/;

/** The documents a 修改决定 amends, as cited ({ title, number }); empty for any other document. */
export function amendedDocuments(title: string, text: string): { title?: string; number?: string }[] {
  const named = [...text.matchAll(AMENDING)].flatMap((m) => findCitations(m[1]!));
  if (named.length > 0) return named;
  const titled = AMENDING_TITLE.exec(title)?.[1];
  return titled ? [{ title: titled }] : [];
}

/** The record's `amends`, resolved to documents of the corpus; only for a 修改决定. */
export function amendments(title: string, text: string, resolve: Resolve): Pick<DocumentRecord, 'amends'> {
  const amends = amendedDocuments(title, text).map(resolve);
  return amends.length ? { amends } : {};
}
