const X_ESCAPES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

/**
 * X's API sends post text with exactly three characters escaped as HTML (&amp; &lt; &gt;).
 * Decoding them gives the text the author typed; nothing else is unescaped, so "&quot;" in a
 * post stays as typed.
 */
export function decodeXEscapes(text: string): string {
  return text.replace(/&(?:amp|lt|gt);/g, (e) => X_ESCAPES[e] ?? e);
}
