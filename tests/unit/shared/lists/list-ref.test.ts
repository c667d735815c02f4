import { describe, expect, it } from 'vitest';
import { listIdFrom } from '../../../../src/shared/lists/list-ref';

describe('a list named by its id or its address', () => {
  it.each([
    ['1234567890', '1234567890'],
    ['  42 ', '42'],
    ['https://x.com/i/lists/1234567890', '1234567890'],
    ['https://twitter.com/i/lists/1234567890', '1234567890'],
    ['http://www.x.com/i/lists/55/', '55'],
    ['https://mobile.twitter.com/i/lists/55/members', '55'],
    ['https://x.com/i/lists/55?s=20', '55'],
    ['https://X.com/i/lists/55#top', '55'],
    ['x.com/i/lists/77', '77'],
  ])('%j names list %s', (text, id) => {
    expect(listIdFrom(text)).toBe(id);
  });

  it.each([
    '',
    'abc',
    '12345678901234567890',
    '-5',
    '1e5',
    'https://x.com/quillory',
    'https://x.com/i/lists/abc',
    'https://x.com/i/lists/55/members/extra',
    'https://evil.example/i/lists/55',
    'https://x.com.evil.example/i/lists/55',
    'javascript:alert(1)//x.com/i/lists/55',
    'ftp://x.com/i/lists/55',
    'https://x.com/i/lists/',
  ])('%j names no list', (text) => {
    expect(listIdFrom(text)).toBeNull();
  });
});
