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
