/**
 * Who leads, supports or implements an item, written once. The pipeline (6-link/link.ts) applies
 * the rules to every sub-row and stores each unit's role in the item record; the site shows the
 * roles it reads there and states the rule in words.
 *
 * Two rules, one per kind of list:
 * - a reform list (改革事项清单): in each sub-row the first-listed unit leads, the others support;
 * - a plan's 推进举措: the units that 负责 lead, the units that 具体落实 implement.
 */
import type { UnitRegistry } from './units.ts';

export const roles = ['lead', 'support', 'implement'] as const;
export type Role = (typeof roles)[number];

/** How the site names each role. */
export const roleLabel: Record<Role, string> = { lead: '牵头', support: '配合', implement: '具体落实' };

/**
 * Whether an item's roles are printed: a plan measure says who 负责 and who 具体落实; a reform list
 * prints only 责任单位, and its lead and support are presumed from the listing order.
 */
export function rolesPrinted(item: { responsibility?: string }): boolean {
  return item.responsibility !== undefined;
}

/** How the site names a role where it is presumed rather than printed (推定牵头, 推定配合). */
export const presumedRoleLabel: Record<Role, string> = { lead: '推定牵头', support: '推定配合', implement: '具体落实' };

/** The label of `role` for an item: as printed, or presumed. */
export function roleLabelOf(role: Role, item: { responsibility?: string }): string {
  return rolesPrinted(item) ? roleLabel[role] : presumedRoleLabel[role];
}

/** Why a role is marked 推定, in the site's words. */
export const presumedNote =
  '公报的改革事项清单只列责任单位，未标明牵头、配合；本站按列出顺序推定：每一行首位为牵头单位，其余为配合单位，以公报原文为准。';

/** The rule of each kind of list, in the site's words. */
export const roleRule = {
  reform: '牵头/配合：每一行举措中列在首位的单位为牵头单位，其余为配合单位。',
  plan: '牵头/具体落实：推进举措中“由……负责”的单位为牵头单位，“……具体落实”的为具体落实单位。',
} as const;

/** The rule behind an item's roles: a plan measure's (it has a responsibility clause) or a reform list's. */
export function roleRuleOf(item: { responsibility?: string }): string {
  return item.responsibility === undefined ? roleRule.reform : roleRule.plan;
}

/** A sub-row's units as printed, each with its role. */
export interface RowRoles {
  units: string[];
  roles: Role[];
}

/** Reform-list rule: the first-listed unit of a sub-row leads, the others support. */
export function reformRowRoles(units: string[]): RowRoles {
  return { units, roles: units.map((_, i) => (i === 0 ? 'lead' : 'support')) };
}

const ROLE_CLAUSE = /^(.+?)(按职责分工负责|分工负责|负责|具体落实)$/;

/**
 * Plan rule, from a measure's closing responsibility clause
 * (市能源局、市生态环境局…按职责分工负责，洪洞县…人民政府具体落实): the units of a 负责 clause lead,
 * those of a 具体落实 clause implement; leads are listed first. Undefined when the text is not
 * such a clause or names a unit the registry does not know.
 */
export function planRowRoles(text: string, registry: UnitRegistry): RowRoles | undefined {
  const m = /^（(.+)）$/.exec(text);
  if (!m) return undefined;
  const lead: string[] = [];
  const implement: string[] = [];
  for (const clause of m[1]!.split('，')) {
    const c = ROLE_CLAUSE.exec(clause);
    const names = c && registry.parseList(c[1]!);
    if (!c || !names) return undefined;
    (c[2] === '具体落实' ? implement : lead).push(...names);
  }
  return { units: [...lead, ...implement], roles: [...lead.map((): Role => 'lead'), ...implement.map((): Role => 'implement')] };
}

/** An item's units by role, from its sub-rows' unit slugs and roles (each list deduplicated, in order of mention). */
export function itemRoles(rows: { slugs: string[]; roles: Role[] }[]): Record<'units' | Role, string[]> {
  const mentions = rows.flatMap((row) => row.slugs.map((slug, i) => ({ slug, role: row.roles[i]! })));
  const withRole = (role: Role) => [...new Set(mentions.filter((m) => m.role === role).map((m) => m.slug))];
  const lead = withRole('lead');
  return {
    units: [...new Set(mentions.map((m) => m.slug))],
    lead,
    support: withRole('support').filter((slug) => !lead.includes(slug)),
    implement: withRole('implement'),
  };
}

/** A unit's role in an item: it leads, implements or supports (leading wins), or it is not named. */
export function roleOf(item: Record<Role, string[]>, slug: string): Role | undefined {
  return (['lead', 'implement', 'support'] as const).find((role) => item[role].includes(slug));
}
