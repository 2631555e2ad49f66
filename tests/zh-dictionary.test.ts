/**
 * The 繁體 switch's dictionary (src/lib/zh-dictionary.ts): a character with several Traditional
 * forms takes the one its phrase calls for; pruning to the site's text changes nothing.
 */
import { describe, expect, test } from 'vitest';
import { ConverterFactory } from 'opencc-js/core';
import { s2tDictionary } from '../src/lib/zh-dictionary.ts';

const convert = (text: string) => ConverterFactory(...s2tDictionary(text))(text);

describe('Simplified to Traditional, phrase by phrase', () => {
  test.each([
    ['干熄焦、余热发电“两运行”工程', '乾熄焦、餘熱發電“兩運行”工程'],
    ['采用干法熄焦', '採用乾法熄焦'],
    ['副处级以上干部', '副處級以上幹部'],
    ['若干措施', '若干措施'],
    ['营造宽、松、软的发展环境', '營造寬、鬆、軟的發展環境'],
    ['宽松的环境', '寬鬆的環境'],
    ['其余各县', '其餘各縣'],
    ['道路改造3公里', '道路改造3公里'],
    ['在这里办理', '在這裡辦理'],
    ['理发店', '理髮店'],
    ['发展改革委', '發展改革委'],
  ])('%s → %s', (simplified, traditional) => {
    expect(convert(simplified)).toBe(traditional);
  });

  test('a dictionary pruned to a text converts that text as the whole dictionary would', () => {
    const text = '推进干熄焦、余热发电工程，营造宽、松、软的环境。';
    const whole = ConverterFactory(...s2tDictionary(text + '头发宽松若干其余这里公里'));
    expect(convert(text)).toBe(whole(text));
  });
});
