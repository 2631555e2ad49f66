/** 文号 (model/wenhao.ts): every variant people print or type reads as the same canonical 文号. */
import { describe, expect, test } from 'vitest';
import { isCanonicalDocNumber, normalizeDocNumber, parseDocNumber, shortDocNumber } from '../model/wenhao.ts';

describe('normalizeDocNumber reads every common variant of a 文号', () => {
  test.each([
    ['临政发〔2023〕2号', '临政发〔2023〕2号'],
    ['临政发〔 2023〕 2 号', '临政发〔2023〕2号'],
    ['国办发〔 2019〕 35 号', '国办发〔2019〕35号'],
    ['临政办函[2023]3号', '临政办函〔2023〕3号'],
    ['临政办函(2023)3号', '临政办函〔2023〕3号'],
    ['临政办函（2023）3号', '临政办函〔2023〕3号'],
    ['临政办函【2023】第3号', '临政办函〔2023〕3号'],
    ['临政办函［2023］3号', '临政办函〔2023〕3号'],
    ['临政办函﹝2023﹞3号', '临政办函〔2023〕3号'],
    ['临政办函〔2023〕第3号', '临政办函〔2023〕3号'],
    ['临政办函〔2023〕3', '临政办函〔2023〕3号'],
    ['临政办函〔２０２３〕３号', '临政办函〔2023〕3号'],
    ['  临政办函 〔2023〕 03 号 ', '临政办函〔2023〕3号'],
    ['临政办函\u3000〔2023〕3号', '临政办函〔2023〕3号'],
    ['临政办函20233号', '临政办函〔2023〕3号'],
    ['山西省人民政府办公厅〔2023〕1号', '山西省人民政府办公厅〔2023〕1号'],
    ['临汾市人民政府令第 8 号', '临汾市人民政府令第8号'],
    ['省政府令第294号', '省政府令第294号'],
  ])('%s → %s', (text, canonical) => expect(normalizeDocNumber(text)).toBe(canonical));

  test.each([
    ['临政办函2023年3'],
    ['市政府令第8'],
    ['一业一证'],
    ['2023〕3号'],
    ['临政办函〔23〕3号'],
    ['市财政局 政府采购'],
    ['一二三四五六七八九十一二三〔2023〕1号'],
  ])('%s is not a 文号', (text) => expect(parseDocNumber(text)).toBeUndefined());
});

describe('shortDocNumber: the short forms people give an order’s number read as one', () => {
  test.each([
    ['临汾市人民政府令第8号', '市政府令第8号'],
    ['临汾市政府令第8号', '市政府令第8号'],
    ['市人民政府令第8号', '市政府令第8号'],
    ['市政府令第 8 号', '市政府令第8号'],
    ['山西省人民政府令第294号', '省政府令第294号'],
    ['尧都区人民政府令第1号', '区政府令第1号'],
    ['临政发〔2023〕2号', '临政发〔2023〕2号'],
    ['临政发[2023]2号', '临政发〔2023〕2号'],
    ['一业一证', undefined],
  ])('%s → %s', (text, short) => expect(shortDocNumber(text)).toBe(short));
});

describe('isCanonicalDocNumber accepts only the printed canonical form', () => {
  test.each([
    ['临政发〔2023〕2号', true],
    ['临应急字〔2023〕12号', true],
    ['临政发[2023]2号', false],
    ['临政发〔2023〕2', false],
    ['关于做好2023年安全生产工作的通知', false],
  ])('%s: %s', (text, canonical) => expect(isCanonicalDocNumber(text)).toBe(canonical));
});
