/**
 * What main would refuse in a form's fields, said beside the field before anything is sent, in
 * main's words. Written without zod: the window's bundle does not carry a schema library for
 * this (main still validates every request; these only spare the user a round trip).
 */

const DECK_NAME_MAX = 40;
const COLUMN_TITLE_MAX = 60;

export function deckNameProblem(name: string): string | null {
  const t = name.trim();
  if (t === '') return 'Give the deck a name';
  if (t.length > DECK_NAME_MAX) return `A deck name can be at most ${DECK_NAME_MAX} characters`;
  return null;
}

export function columnTitleProblem(title: string): string | null {
  if (title.trim().length > COLUMN_TITLE_MAX)
    return `A column title can be at most ${COLUMN_TITLE_MAX} characters`;
  return null;
}

/** The monthly cap as typed ("20", "$20", "19,50"): dollars, or null for no cap. */
export function capDollars(text: string): number | null {
  const t = text.trim().replace(',', '.').replace(/^\$/, '');
  return t === '' ? null : Number(t);
}

export function spendCapProblem(text: string): string | null {
  const dollars = capDollars(text);
  if (dollars === null) return null;
  if (!Number.isFinite(dollars) || dollars < 0) return 'Dollars, e.g. 20 (leave empty for no cap)';
  if (dollars > 100_000) return 'At most $100,000 a month';
  return null;
}

export function callbackPortProblem(text: string): string | null {
  const port = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || port < 1024 || port > 65535)
    return 'A port between 1024 and 65535, e.g. 53682';
  return null;
}

export function apiBaseUrlProblem(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'https:' || url.protocol === 'http:'
      ? null
      : 'An http(s) address, e.g. https://api.x.com';
  } catch {
    return 'An http(s) address, e.g. https://api.x.com';
  }
}
