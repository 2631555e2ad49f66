/** The lead / support / implement rules (model/roles.ts). */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { itemRoles, planRowRoles, reformRowRoles, roleOf } from '../model/roles.ts';
import { UnitRegistry } from '../model/units.ts';

const registry = UnitRegistry.load(join(import.meta.dirname, '../content/source/units.yaml'));

describe('reform list: the first-listed unit of a sub-row leads, the others support', () => {
  test.each([
    [['市司法局'], ['lead']],
    [
      ['市司法局', '市行政审批服务管理局', '各县（市、区）人民政府'],
      ['lead', 'support', 'support'],
    ],
  ])('%j → %j', (units, roles) => expect(reformRowRoles(units)).toEqual({ units, roles }));
});

describe('plan measure: units that 负责 lead, units that 具体落实 implement', () => {
  test.each([
    ['（市工信局负责）', ['市工信局'], ['lead']],
    [
      '（襄汾县、曲沃县、古县、安泽县人民政府具体落实）',
      ['襄汾县', '曲沃县', '古县', '安泽县人民政府'],
      ['implement', 'implement', 'implement', 'implement'],
    ],
    [
      '（市能源局、市生态环境局按职责分工负责，洪洞县人民政府具体落实）',
      ['市能源局', '市生态环境局', '洪洞县人民政府'],
      ['lead', 'lead', 'implement'],
    ],
  ])('%s', (clause, units, roles) => expect(planRowRoles(clause, registry)).toEqual({ units, roles }));

  test.each([['市工信局负责'], ['（由市工信局牵头）'], ['（某某局负责）']])('%s is not a responsibility clause', (text) => {
    expect(planRowRoles(text, registry)).toBeUndefined();
  });
});

describe('an item’s units by role come from its sub-rows', () => {
  test('a unit that leads one sub-row and supports another is a lead, listed once', () => {
    const rows = [
      { slugs: ['approval-service'], roles: ['lead' as const] },
      { slugs: ['development-reform', 'approval-service', 'finance'], roles: ['lead' as const, 'support' as const, 'support' as const] },
    ];
    expect(itemRoles(rows)).toEqual({
      units: ['approval-service', 'development-reform', 'finance'],
      lead: ['approval-service', 'development-reform'],
      support: ['finance'],
      implement: [],
    });
  });

  test.each([
    ['energy', 'lead'],
    ['hongtong', 'implement'],
    ['finance', 'support'],
    ['justice', undefined],
  ])('roleOf %s is %s', (slug, role) => {
    expect(roleOf({ lead: ['energy'], support: ['finance'], implement: ['hongtong'] }, slug)).toBe(role);
  });
});
