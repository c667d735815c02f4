import { describe, expect, it } from 'vitest';
import { avatarSvg, initialsOf, pictureSvg } from '../../../../src/simulator/media/pictures';
import { parseMediaPath, picturePath, avatarPath } from '../../../../src/simulator/media/paths';

describe('the simulator’s drawn pictures', () => {
  it('takes up to two initials from a display name', () => {
    expect(initialsOf('Quillory Pens & Ink')).toBe('QP');
    expect(initialsOf('maren')).toBe('M');
    expect(initialsOf('🙂 ')).toBe('?');
  });

  it('escapes names and alt text, so a picture is never markup from the world', () => {
    const svg = avatarSvg({ username: 'x', name: '<script>alert(1)</script> & "Co"' });
    expect(svg).not.toContain('<script>');
    const pic = pictureSvg({ key: '3_1', width: 1600, height: 1200, altText: '</title><a>' });
    expect(pic).not.toContain('</title><a>');
  });

  it('draws the same picture for the same media every time, and another for another', () => {
    const a = pictureSvg({ key: '3_1', width: 1600, height: 1200 });
    expect(pictureSvg({ key: '3_1', width: 1600, height: 1200 })).toBe(a);
    expect(pictureSvg({ key: '3_2', width: 1600, height: 1200 })).not.toBe(a);
  });

  it('parses only its own paths', () => {
    expect(parseMediaPath(avatarPath('quillory'))).toEqual({
      kind: 'avatar',
      username: 'quillory',
    });
    expect(parseMediaPath(picturePath('3_12'))).toEqual({ kind: 'picture', mediaKey: '3_12' });
    expect(parseMediaPath('/media/avatars/../x.svg')).toBeUndefined();
    expect(parseMediaPath('/media/videos/abc.mp4')).toBeUndefined();
  });
});
