type Item = { id: unknown };

/**
 * What a screen reader hears while a deck or a column is picked up, moved and dropped with
 * dnd-kit. `noun` is "deck" or "column"; `name` turns a sortable id into its name.
 */
export function dragAnnouncements(noun: string, name: (id: unknown) => string) {
  const Noun = noun[0]!.toUpperCase() + noun.slice(1);
  return {
    onDragStart: ({ active }: { active: Item }) =>
      `Picked up ${noun} ${name(active.id)}. Use the arrow keys to move it, Space to drop it, Escape to cancel.`,
    onDragOver: ({ active, over }: { active: Item; over: Item | null }) =>
      over ? `${Noun} ${name(active.id)} is over ${name(over.id)}.` : '',
    onDragEnd: ({ active, over }: { active: Item; over: Item | null }) =>
      over ? `${Noun} ${name(active.id)} dropped in place of ${name(over.id)}.` : 'Dropped.',
    onDragCancel: ({ active }: { active: Item }) =>
      `Moving ${noun} ${name(active.id)} was cancelled.`,
  };
}
