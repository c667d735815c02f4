/** The most posts a column keeps (in the renderer and in main's cache). */
export const MAX_POSTS_PER_COLUMN = 2000;
