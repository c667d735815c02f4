/**
 * An answer's body is text with variables in braces: `Hi {first_name}, {product} ships on
 * Mondays: {link}`. Four are known and filled from the post being answered; any other name is a
 * free field the composer asks for. `{{` and `}}` write a literal brace.
 *
 * Filling is one pass over the template: a value that itself contains `{name}` is text, never
 * a variable, so a customer's display name cannot inject anything into a reply.
 */

export const KNOWN_VARIABLES = ['first_name', 'handle', 'product', 'link'] as const;
export type KnownVariable = (typeof KNOWN_VARIABLES)[number];

const NAME = /^[a-z][a-z0-9_]{0,31}$/;

/** What a template is made of: text runs and variables, in order. */
export type TemplatePart = { text: string } | { variable: string };

export function parseTemplate(body: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let text = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if ((ch === '{' || ch === '}') && body[i + 1] === ch) {
      text += ch;
      i++;
      continue;
    }
    if (ch === '{') {
      const close = body.indexOf('}', i + 1);
      const name = close > i ? body.slice(i + 1, close) : '';
      if (NAME.test(name)) {
        if (text) parts.push({ text });
        text = '';
        parts.push({ variable: name });
        i = close;
        continue;
      }
    }
    text += ch;
  }
  if (text) parts.push({ text });
  return parts;
}

/** The variables a template uses, each once, in the order they first appear. */
export function variablesIn(body: string): string[] {
  const seen = new Set<string>();
  for (const part of parseTemplate(body)) if ('variable' in part) seen.add(part.variable);
  return [...seen];
}

/** The free fields of a template: the variables the post being answered cannot fill. */
export const freeFieldsIn = (body: string): string[] =>
  variablesIn(body).filter((v) => !(KNOWN_VARIABLES as readonly string[]).includes(v));

/** Writes text so that parseTemplate reads it back as that text, braces and all. */
export const escapeTemplateText = (text: string): string =>
  text.replace(/\{/g, '{{').replace(/\}/g, '}}');

export interface FilledAnswer {
  text: string;
  /** Variables left without a value, shown in the text as `{name}` for the owner to fill. */
  missing: string[];
  /** Where the first unfilled variable starts in `text` (for the cursor); null if none. */
  firstEmptyAt: number | null;
}

/**
 * The template with every variable that has a non-empty value filled. A variable without one
 * stays as `{name}`, and the cursor goes to the first of them.
 */
export function fillAnswer(
  body: string,
  values: Readonly<Record<string, string | undefined>>,
): FilledAnswer {
  let text = '';
  const missing: string[] = [];
  let firstEmptyAt: number | null = null;
  for (const part of parseTemplate(body)) {
    if ('text' in part) {
      text += part.text;
      continue;
    }
    const value = Object.hasOwn(values, part.variable) ? values[part.variable]?.trim() : undefined;
    if (value) {
      text += value;
    } else {
      if (!missing.includes(part.variable)) missing.push(part.variable);
      firstEmptyAt ??= text.length;
      text += `{${part.variable}}`;
    }
  }
  return { text, missing, firstEmptyAt };
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'mx']);

/**
 * How to greet someone from their display name: its first word of letters ("Maren Aldous 🖋" →
 * "Maren", "Dr. Anna Berg" → "Anna"), or the fallback when it has none or is only their handle.
 */
export function firstNameOf(displayName: string, username: string, fallback = 'there'): string {
  const name = displayName.normalize('NFC').trim();
  if (name.replace(/^@/, '').toLowerCase() === username.toLowerCase()) return fallback;
  const words = name.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  return words.find((w) => !TITLES.has(w.toLowerCase())) ?? fallback;
}
