/** The unit registry (model/units.ts): every printed form of a unit, and which names in running text are units it does not know. */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { countiesActing, UnitRegistry } from '../model/units.ts';
import type { UnitRecord } from '../model/schema.ts';
import { countyActs, EVERY_COUNTY } from '../model/counties.ts';

const registry = new UnitRegistry([
  { slug: 'finance', name: '市财政局', aliases: [], kind: '市直部门', collective: false },
  { slug: 'puxian', name: '蒲县人民政府', aliases: ['蒲县'], kind: '县级人民政府', collective: false },
]);
const live = UnitRegistry.load(join(import.meta.dirname, '../content/source/units.yaml'));

test.each([
  ['由市审计局负责审计监督', ['市审计局']],
  ['市财政局、市林业局按照各自职责', ['市林业局']],
  ['依照《临汾市人民政府办公室关于加强户外广告设置管理的通知》执行', []],
  ['《市林业局关于…的请示》收悉，市林业局要认真组织实施', ['市林业局']],
  ['由市纪委监委负责监督', ['市纪委监委']], // whole, never cut to 市纪委
  ['由市林\n业局负责', ['市林业局']], // broken by a line
  ['市财政局\n市林业局', ['市林业局']], // two cells of a column
  ['市人民政府决定调整中心城区', []], // phrases ending in an organ word
  ['经市人民政府组织开展了中心工作', []],
  ['市容环境卫生行政主管部门或者其委托的单位', []],
  ['市财政局办公室负责', []], // an office of a known unit
])('in “%s” the unknown units are %j', (text, names) => {
  expect(registry.unknownNames(text, '临汾').map((n) => n.name)).toEqual(names);
});

test.each([
  ['蒲县要做好', ['puxian']],
  ['山西地方电力有限公司蒲县、乡宁分公司负责', []],
  ['山西地方电力有限公司蒲县分公司副总经理', []],
])('in “%s” the units mentioned are %j', (text, slugs) => {
  expect(registry.mentions(text).map((u) => u.slug)).toEqual(slugs);
});

describe('the registry of the gazette', () => {
  const forms = live.units.flatMap((u) =>
    [u.name, ...(u.official ? [u.official] : []), ...u.aliases].map((form) => [form, u.slug] as const),
  );

  test('every name, official name and alias resolves to its own unit', () => {
    for (const [form, slug] of forms) expect(live.lookup(form)?.slug, form).toBe(slug);
  });

  test('no two units share a form', () => {
    expect(new Set(forms.map(([form]) => form.replace(/\s+/g, ''))).size).toBe(forms.length);
  });

  test('a form listed for two units is refused, naming both', () => {
    const unit = (slug: string, name: string, aliases: string[]) => ({ slug, name, aliases, kind: '市直部门' as const, collective: false });
    expect(() => new UnitRegistry([unit('a', '市甲局', ['市甲']), unit('b', '市乙局', ['市甲'])])).toThrow(
      'unit name 市甲 is listed for both a and b',
    );
  });

  test.each([
    ['临汾市发展和改革委员会', 'development-reform'],
    ['市发展和改革委员会', 'development-reform'],
    ['市发展改革委', 'development-reform'],
    ['市发改委', 'development-reform'],
    ['临汾市卫生健康委员会', 'health-commission'],
    ['市城管局', 'urban-management'],
    ['市规自局', 'planning-natural-resources'],
    ['市纪委监委', 'discipline-supervision'],
    ['市医疗保障局', 'medical-security'],
    ['市人民防空办公室', 'civil-air-defense'],
    ['市审批局', 'approval-service'],
    ['审批局', 'approval-service'],
    ['市发展和改\n革委员会', 'development-reform'], // broken by a line
    ['市行政审批服务 管理局', 'approval-service'], // broken by a cell's wrap
  ])('%s is %s', (printed, slug) => {
    expect(live.lookup(printed)?.slug).toBe(slug);
    expect(live.mentions(`由${printed}负责`).map((u) => u.slug)).toEqual([slug]);
  });

  test('a form without the city’s 市 does not name the city’s unit after another level’s name', () => {
    expect(live.mentions('各县（市、区）审批局、县审批局').map((u) => u.slug)).toEqual([]);
    expect(live.mentions('市、县审批局').map((u) => u.slug)).toEqual([]);
  });

  test.each([
    ['尧都区教育局负责', '尧都区教育局', 'yaodu'],
    ['由永和县文化和旅游局牵头', '永和县文化和旅游局', 'yonghe'],
    ['侯马市市场监督管理局', '侯马市市场监督管理局', 'houma'],
    ['临汾市尧都区教育局', '尧都区教育局', 'yaodu'],
  ])('in “%s” the county department %s of %s is named', (text, name, county) => {
    expect(live.countyDepartments(text).map((d) => [d.name, d.county.slug])).toEqual([[name, county]]);
    expect(live.unknownNames(text, '临汾')).toEqual([]);
    expect(live.mentions(text).map((u) => u.slug)).toContain(county);
  });

  test.each([['尧都区人民政府负责'], ['侯马市人民政府办公室'], ['侯马市发挥政务服务中心和乡办作用']])(
    '“%s” names no county department',
    (text) => {
      expect(live.countyDepartments(text)).toEqual([]);
    },
  );
});

describe('the counties that must act on an item', () => {
  const units = new Map<string, Pick<UnitRecord, 'kind' | 'collective'>>([
    ['finance', { kind: '市直部门', collective: false }],
    ['puxian', { kind: '县级人民政府', collective: false }],
    ['xixian', { kind: '县级人民政府', collective: false }],
    ['counties', { kind: '县级人民政府', collective: true }],
    ['city-units', { kind: '其他', collective: true }],
  ]);
  test.each([
    [['finance'], []],
    [['finance', 'puxian'], ['puxian']],
    [
      ['puxian', 'xixian'],
      ['puxian', 'xixian'],
    ],
    [['finance', 'counties'], [EVERY_COUNTY]],
    [['puxian', 'counties'], [EVERY_COUNTY]],
    [['finance', 'city-units'], []], // 市有关单位 is no county
  ])('an item naming %j is acted on by %j', (named, counties) => {
    expect(countiesActing(named, (s) => units.get(s))).toEqual(counties);
  });
  test.each([
    [['puxian'], 'puxian', true],
    [['puxian'], 'xixian', false],
    [[EVERY_COUNTY], 'xixian', true],
    [[], 'xixian', false],
  ])('counties %j: %s acts is %s', (counties, county, acts) => {
    expect(countyActs(counties, county)).toBe(acts);
  });
});
