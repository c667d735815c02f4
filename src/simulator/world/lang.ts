/**
 * A rough language guess for posts made through the API, standing in for X's classifier: enough to
 * make lang: searches and the lang field behave for the languages the world speaks.
 */
const WORDS: Array<[string, RegExp]> = [
  ['fr', /\b(le|la|les|des|est|une|avec|pour|merci|bonjour|encre|stylo|livrez|quelqu'un)\b/giu],
  ['de', /\b(der|die|das|und|ist|nicht|mit|auch|ihr|tinte|füller|danke|liefert)\b/giu],
  ['es', /\b(el|los|las|es|con|para|gracias|hola|tinta|pluma|hacéis|envíos|preciosa)\b/giu],
  ['en', /\b(the|and|is|my|you|for|with|this|that|thanks|thank|what|do|of|to|a|it|we|our)\b/giu],
];

export function detectLang(text: string): string {
  const content = text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[@#$][\p{L}\p{N}_]+/gu, ' ')
    .trim();
  if (!/[\p{L}]/u.test(content)) return content.length === 0 ? 'zxx' : 'und';
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(content)) return 'ja';
  if (/[\p{Script=Han}]/u.test(content)) return 'zh';
  let best = 'und';
  let bestCount = 0;
  for (const [lang, pattern] of WORDS) {
    const count = content.match(pattern)?.length ?? 0;
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  return bestCount > 0 ? best : 'en';
}
