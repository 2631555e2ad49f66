/** The unit registry (model/units.ts): which names in running text are units it does not know. */
import { expect, test } from 'vitest';
import { UnitRegistry } from '../model/units.ts';

const registry = new UnitRegistry([
  { slug: 'finance', name: '市财政局', aliases: [], kind: '市直部门', collective: false },
  { slug: 'puxian', name: '蒲县人民政府', aliases: ['蒲县'], kind: '县级人民政府', collective: false },
]);

test.each([
  ['由市审计局负责审计监督', ['市审计局']],
  ['市财政局、市林业局按照各自职责', ['市林业局']],
  ['依照《临汾市人民政府办公室关于加强户外广告设置管理的通知》执行', []],
  ['《市林业局关于…的请示》收悉，市林业局要认真组织实施', ['市林业局']],
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
