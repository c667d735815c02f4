import { describe, expect, it } from 'vitest';
import { detectLang } from '../../../../src/simulator/world/lang';

describe('detectLang', () => {
  it.each([
    ['Thanks for the quick reply, the pen works now', 'en'],
    ["Quelqu'un a essayé l'encre de @quillory ? Merci", 'fr'],
    ['Die Tinte ist wirklich schön und liefert ihr auch', 'de'],
    ['La tinta es preciosa, gracias', 'es'],
    ['インク、とても綺麗です', 'ja'],
    ['@quillory https://t.co/abc', 'zxx'],
    ['🖋️🖋️', 'und'],
  ])('%s → %s', (text, lang) => expect(detectLang(text)).toBe(lang));
});
