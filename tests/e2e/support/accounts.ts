import type { Page } from '@playwright/test';

/** The X user id of a signed-in account, as main knows it. */
export async function accountIdOf(page: Page, username: string): Promise<string> {
  const result = await page.evaluate(() => window.timedeck.accounts.list());
  if (!result.ok) throw new Error(`accounts.list: ${result.error.message}`);
  const account = result.value.accounts.find((a) => a.username === username);
  if (!account) throw new Error(`@${username} is not signed in`);
  return account.id;
}
