import { describe, expect, it } from 'vitest';
import {
  isTypingTarget,
  shortcutFor,
  type KeyPress,
} from '../../../../src/renderer/src/lib/shortcuts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  shiftKey: false,
  target: { tagName: 'BODY' },
  ...mods,
});
const inTextarea = { target: { tagName: 'TEXTAREA' } };

describe('shortcutFor', () => {
  it.each([
    [press('1', { ctrlKey: true }), { kind: 'deck', index: 0 }],
    [press('9', { ctrlKey: true }), { kind: 'deck', index: 8 }],
    [press('3', { ctrlKey: true, ...inTextarea }), { kind: 'deck', index: 2 }],
    [press('1'), { kind: 'column', index: 0 }],
    [press('9'), { kind: 'column', index: 8 }],
    [press('j'), { kind: 'next-post' }],
    [press('k'), { kind: 'previous-post' }],
    [press('n'), { kind: 'compose' }],
    [press('r'), { kind: 'reply' }],
    [press('t'), { kind: 'repost' }],
    [press('o'), { kind: 'open' }],
    [press('?', { shiftKey: true }), { kind: 'help' }],
    [press('?'), { kind: 'help' }],
    [press('r', { target: { tagName: 'BUTTON' } }), { kind: 'reply' }],
    [press('j', { target: { tagName: 'INPUT', type: 'checkbox' } }), { kind: 'next-post' }],
  ])('%o → %o', (p, expected) => {
    expect(shortcutFor(p)).toEqual(expected);
  });

  it.each([
    ['0 is no column', press('0')],
    ['Ctrl+0 is no deck', press('0', { ctrlKey: true })],
    ['a letter with Ctrl (copy, paste…)', press('c', { ctrlKey: true })],
    ['Ctrl+Shift+1', press('1', { ctrlKey: true, shiftKey: true })],
    ['Alt+j', press('j', { altKey: true })],
    ['Cmd+n', press('n', { metaKey: true })],
    ['Shift+J', press('J', { shiftKey: true })],
    ['an unbound key', press('x')],
    ['j typed in a textarea', press('j', inTextarea)],
    ['n typed in a text input', press('n', { target: { tagName: 'INPUT', type: 'text' } })],
    ['2 typed in a number field', press('2', { target: { tagName: 'INPUT', type: 'number' } })],
    ['r in a select', press('r', { target: { tagName: 'SELECT' } })],
    ['? in a rich editor', press('?', { target: { tagName: 'DIV', isContentEditable: true } })],
  ])('%s does nothing', (_what, p) => {
    expect(shortcutFor(p)).toBeNull();
  });
});

describe('isTypingTarget', () => {
  it.each([
    [{ tagName: 'INPUT' }, true], // no type: a text field
    [{ tagName: 'input', type: 'search' }, true],
    [{ tagName: 'INPUT', type: 'password' }, true],
    [{ tagName: 'INPUT', type: 'radio' }, false],
    [{ tagName: 'INPUT', type: 'submit' }, false],
    [{ tagName: 'TEXTAREA' }, true],
    [{ tagName: 'SELECT' }, true],
    [{ tagName: 'BUTTON' }, false],
    [{ tagName: 'ARTICLE' }, false],
    [{ tagName: 'DIV', isContentEditable: true }, true],
    [null, false],
  ])('%o → %s', (target, expected) => {
    expect(isTypingTarget(target)).toBe(expected);
  });
});
