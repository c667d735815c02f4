/** An account whose role names it a brand or support account answers customers. */
export const isBrandRole = (role: string) => /brand|support/i.test(role);
