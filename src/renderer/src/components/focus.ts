/** After a reorder React moves the DOM node, which can drop focus: put it back. */
export const refocus = (id: string) =>
  requestAnimationFrame(() => document.getElementById(id)?.focus());
