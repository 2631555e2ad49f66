/** The 文号 prefix registry (model/prefixes.ts): each prefix's code, given once and kept. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PrefixRegistry, prefixCode, withEntries } from '../model/prefixes.ts';
import { RegistryEntryError } from '../model/units.ts';
import { parseDocNumber } from '../model/wenhao.ts';

const COMMITTED = join(import.meta.dirname, '../content/source/prefixes.yaml');

describe('prefixCode', () => {
  test.each([
    ['临政发', 'lzf'],
    ['临政函', 'lzh'],
    ['临政办发', 'lzbf'],
    ['临政办函', 'lzbh'],
    ['临政任', 'lzr'],
    ['晋政发', 'jzf'],
    ['临汾市人民政府令', 'lfsrmzfl'],
    ['临行审函', 'lxsh'],
  ])('a prefix is offered the initials of its pinyin: %s → %s', (prefix, code) => expect(prefixCode(prefix)).toBe(code));

  test('spelled, it is offered its syllables in full', () => expect(prefixCode('临政复', { spelled: true })).toBe('linzhengfu'));

  test('a prefix with a character that has no pinyin is refused', () => {
    expect(() => prefixCode('临Ω发')).toThrow(/临Ω发/);
  });
});

describe('the registry', () => {
  test('a 文号 takes its prefix’s code, its year and serial; an order’s has no year', () => {
    const registry = new PrefixRegistry([
      { prefix: '临政发', code: 'lzf' },
      { prefix: '临汾市人民政府令', code: 'lfsrmzfl' },
    ]);
    expect(registry.slug(parseDocNumber('临政发〔2023〕2号')!)).toBe('lzf-2023-2');
    expect(registry.slug(parseDocNumber('临汾市人民政府令第8号')!)).toBe('lfsrmzfl-8');
  });

  test('a prefix without a code has no slug', () => {
    expect(() => new PrefixRegistry().slug(parseDocNumber('临政发〔2023〕2号')!)).toThrow(/临政发 has no code/);
  });

  test('a new prefix whose initials a registered one holds is spelled out; the registered one keeps its code', () => {
    const registry = new PrefixRegistry([{ prefix: '临政发', code: 'lzf' }]);
    expect(registry.extend(['临政复', '临政发'])).toEqual([{ prefix: '临政复', code: 'linzhengfu' }]);
    expect(registry.code('临政发')).toBe('lzf');
  });

  test('even a registered prefix that sorts after it keeps its code', () => {
    const registry = new PrefixRegistry([{ prefix: '临政复', code: 'lzf' }]);
    expect(registry.extend(['临政发'])).toEqual([{ prefix: '临政发', code: 'linzhengfa' }]);
  });

  test('a prefix whose spelling is taken too gets the spelling and a number', () => {
    const registry = new PrefixRegistry([
      { prefix: '临政复', code: 'lzf' },
      { prefix: '临政副', code: 'linzhengfu' },
    ]);
    expect(registry.extend(['临政附'])).toEqual([{ prefix: '临政附', code: 'linzhengfu2' }]);
  });

  test('new prefixes get their codes in code-point order, whatever order they are met in', () => {
    const one = new PrefixRegistry().extend(['临政复', '临政函', '临政发']);
    const other = new PrefixRegistry().extend(['临政发', '临政复', '临政函']);
    expect(one).toEqual(other);
    expect(one).toEqual([
      { prefix: '临政函', code: 'lzh' },
      { prefix: '临政发', code: 'lzf' },
      { prefix: '临政复', code: 'linzhengfu' },
    ]);
  });

  test('what a run gave is listed as added, once', () => {
    const registry = new PrefixRegistry([{ prefix: '临政发', code: 'lzf' }]);
    registry.extend(['临政任']);
    registry.extend(['临政任', '临政发']);
    expect(registry.added).toEqual([{ prefix: '临政任', code: 'lzr' }]);
  });

  test('a document without a 文号 takes its kind’s code, its issue and its place among that kind in the issue', () => {
    const registry = new PrefixRegistry([{ prefix: '政策解读', code: 'zcjd' }]);
    expect(registry.slugWithoutNumber('政策解读', '2023-05', 2)).toBe('zcjd-2023-05-2');
  });
});

describe('the registry file', () => {
  test('the committed registry loads, and gives every prefix of the committed content its code', () => {
    const registry = PrefixRegistry.load(COMMITTED);
    expect(['临政发', '临政函', '临政办发', '临政办函'].map((p) => registry.code(p))).toEqual(['lzf', 'lzh', 'lzbf', 'lzbh']);
  });

  test.each([
    ['临政发: lzf\n临政复: lzf\n', 2, /code lzf is listed for both 临政发 and 临政复/],
    ['临政发: lzf\n临政发: linzhengfa\n', 2, /Map keys must be unique|listed twice/],
    ['# codes\n临政发: LZF\n', 2, /not lower-case ASCII/],
    ['- 临政发\n', 1, /must map each 文号 prefix/],
  ])('a malformed registry is refused at its line: %j', (text, line, message) => {
    const file = join(import.meta.dirname, '../node_modules/.cache/prefixes-test.yaml');
    const error = (() => {
      try {
        writeYaml(file, text);
        PrefixRegistry.load(file);
      } catch (e) {
        return e as RegistryEntryError;
      }
    })();
    expect(error).toBeInstanceOf(RegistryEntryError);
    expect([error!.line, error!.message]).toEqual([line, expect.stringMatching(message)]);
  });

  test('new entries are appended, a line each, the editor’s comments and order kept', () => {
    const text = readFileSync(COMMITTED, 'utf8');
    const extended = withEntries(text, [{ prefix: '临政复', code: 'linzhengfu' }]);
    expect(extended).toBe(`${text}临政复: linzhengfu\n`);
  });
});

function writeYaml(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
