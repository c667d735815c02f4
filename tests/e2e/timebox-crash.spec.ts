import { expect, test } from '@playwright/test';
import { launchHarness, newDataDir, type HarnessProcess } from './support/harness';

let harness: HarnessProcess | undefined;
test.afterEach(async () => harness?.stop());

test('killing the app with SIGKILL loses at most 5 seconds of counted use', async ({ page }) => {
  const dataDir = newDataDir();
  harness = await launchHarness({ dataDir });
  // Seven and a bit minutes of real use, counted a second at a time by the time box.
  await harness.control('clock/advance', { ms: 7 * 60_000 + 3_000 });
  await page.goto(harness.url);
  const before = await page.evaluate(async () => {
    const view = await window.timedeck.timebox.view();
    return view.ok ? view.value.status.total.usedSeconds : -1;
  });
  expect(before).toBe(7 * 60 + 3);

  await harness.stop('SIGKILL');
  expect(harness.process.signalCode).toBe('SIGKILL');

  harness = await launchHarness({ dataDir });
  await page.goto(harness.url);
  const after = await page.evaluate(async () => {
    const view = await window.timedeck.timebox.view();
    return view.ok ? view.value.status.total.usedSeconds : -1;
  });
  expect(after).toBeGreaterThanOrEqual(before - 5);
  expect(after).toBeLessThanOrEqual(before);
});
