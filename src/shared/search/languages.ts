/**
 * The languages X's `lang:` search operator accepts, with X's own codes (docs: Search
 * operators, "Supported languages"). X keeps two legacy codes: `iw` for Hebrew, `in` for
 * Indonesian.
 */
export const X_LANGUAGES = {
  am: 'Amharic',
  ar: 'Arabic',
  hy: 'Armenian',
  eu: 'Basque',
  bn: 'Bengali',
  bg: 'Bulgarian',
  ca: 'Catalan',
  hr: 'Croatian',
  cs: 'Czech',
  da: 'Danish',
  nl: 'Dutch',
  en: 'English',
  et: 'Estonian',
  fi: 'Finnish',
  fr: 'French',
  de: 'German',
  ka: 'Georgian',
  el: 'Greek',
  gu: 'Gujarati',
  iw: 'Hebrew',
  hi: 'Hindi',
  hu: 'Hungarian',
  in: 'Indonesian',
  it: 'Italian',
  ja: 'Japanese',
  kn: 'Kannada',
  ko: 'Korean',
  lv: 'Latvian',
  lt: 'Lithuanian',
  ml: 'Malayalam',
  mr: 'Marathi',
  no: 'Norwegian',
  fa: 'Persian',
  pl: 'Polish',
  pt: 'Portuguese',
  ro: 'Romanian',
  ru: 'Russian',
  sr: 'Serbian',
  'zh-CN': 'Simplified Chinese',
  sk: 'Slovak',
  sl: 'Slovenian',
  es: 'Spanish',
  sv: 'Swedish',
  ta: 'Tamil',
  te: 'Telugu',
  th: 'Thai',
  'zh-TW': 'Traditional Chinese',
  tr: 'Turkish',
  uk: 'Ukrainian',
  ur: 'Urdu',
  vi: 'Vietnamese',
} as const;

export type XLanguage = keyof typeof X_LANGUAGES;

export const X_LANGUAGE_CODES = Object.keys(X_LANGUAGES) as [XLanguage, ...XLanguage[]];

// Modern codes a post's `lang` may carry for X's legacy search codes.
const ALIASES: Record<string, string> = { he: 'iw', id: 'in' };

/**
 * Whether a post whose `lang` X gave as `postLang` is in `language`. Compares primary subtags
 * (a post's "zh" is in "zh-CN"), with X's legacy codes and their modern forms taken as equal.
 */
export function isInLanguage(postLang: string | undefined, language: string): boolean {
  if (!postLang) return false;
  const primary = (code: string) => {
    const p = code.toLowerCase().split('-')[0] ?? '';
    return ALIASES[p] ?? p;
  };
  return primary(postLang) === primary(language);
}
