import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { launchApp, newUserData, openedExternally, skipWithoutElectron } from './app';

/** The window's defences, read from the running Electron app (not from its source). */
skipWithoutElectron();

let app: ElectronApplication;
let page: Page;
test.beforeAll(async () => {
  ({ app, page } = await launchApp(newUserData()));
});
test.afterAll(async () => {
  await app?.close();
});

test('the page has no Node, and the preload runs in its own sandboxed world', async () => {
  // nodeIntegration off: nothing of Node in the page's world.
  expect(
    await page.evaluate(() => {
      const g = globalThis as Record<string, unknown>;
      return [typeof g.process, typeof g.require, typeof g.module, typeof g.Buffer];
    }),
  ).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);

  // contextIsolation on: Chromium reports the preload's isolated world beside the page's.
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  await expect
    .poll(() => contexts.filter((c) => c.name === 'Electron Isolated Context').length)
    .toBeGreaterThan(0);
  const isolated = contexts.find((c) => c.name === 'Electron Isolated Context')!;
  expect(isolated.auxData?.isDefault).toBe(false);

  // sandbox on: no Node environment in the preload's world either. Unsandboxed, Electron gives
  // that world Node's globals (process, Buffer); sandboxed, the preload gets a few Electron
  // modules as arguments of its wrapper and the world has no `process` at all.
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: 'typeof process',
    contextId: isolated.id,
    returnByValue: true,
  });
  expect(result.value).toBe('undefined');
  await cdp.detach();

  // And where the OS reports it (macOS, Windows), the renderer process is sandboxed.
  const renderers = await app.evaluate(({ app: electronApp }) =>
    electronApp.getAppMetrics().filter((m) => m.type === 'Tab'),
  );
  expect(renderers.length).toBeGreaterThan(0);
  for (const r of renderers) if (r.sandboxed !== undefined) expect(r.sandboxed).toBe(true);
});

test('a Content Security Policy is enforced: no injected script runs', async () => {
  const violation = await page.evaluate(
    () =>
      new Promise<{ directive: string; disposition: string; policy: string }>((resolve) => {
        document.addEventListener(
          'securitypolicyviolation',
          (e) =>
            resolve({
              directive: e.effectiveDirective,
              disposition: e.disposition,
              policy: e.originalPolicy,
            }),
          { once: true },
        );
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true';
        document.head.append(script);
      }),
  );
  expect(violation).toMatchObject({ directive: 'script-src-elem', disposition: 'enforce' });
  expect(violation.policy).toContain("default-src 'none'");
  expect(violation.policy).toContain("script-src 'self'");
  expect(violation.policy).toContain("object-src 'none'");
  expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBe(
    undefined,
  );
});

test('the window never navigates away from the app', async () => {
  const appUrl = page.url();
  await app.evaluate(({ BrowserWindow }) => {
    const seen: { url: string; prevented: boolean }[] = [];
    (globalThis as { __navigations?: typeof seen }).__navigations = seen;
    // Registered after the app's own handler, so it sees the app's decision.
    BrowserWindow.getAllWindows()[0]!.webContents.on('will-navigate', (event) =>
      seen.push({ url: event.url, prevented: event.defaultPrevented }),
    );
  });
  await page.evaluate(() => {
    window.location.href = 'https://example.com/elsewhere';
  });
  await expect
    .poll(() =>
      app.evaluate(
        () => (globalThis as { __navigations?: { url: string }[] }).__navigations!.length,
      ),
    )
    .toBe(1);
  expect(
    await app.evaluate(() => (globalThis as { __navigations?: unknown[] }).__navigations),
  ).toEqual([{ url: 'https://example.com/elsewhere', prevented: true }]);
  expect(page.url()).toBe(appUrl);
  expect(await page.evaluate(() => typeof window.timedeck)).toBe('object');
});

test('no new window opens; only http(s) links reach the system browser', async () => {
  // window.open is answered in order: the refused URLs come before the one that goes out.
  await page.evaluate(() => {
    window.open('file:///etc/passwd');
    window.open('javascript:alert(1)');
    window.open('https://user:secret@example.com/');
    window.open('https://example.com/opened');
  });
  await expect.poll(() => openedExternally(app)).toEqual(['https://example.com/opened']);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

  // The bridge's links.open: the same rule, refused with an error the page can show.
  const refused = await page.evaluate(() =>
    window.timedeck.links.open({ url: 'file:///etc/passwd' }),
  );
  expect(refused.ok).toBe(false);
  const sent = await page.evaluate(() =>
    window.timedeck.links.open({ url: 'http://example.com/from-a-post' }),
  );
  expect(sent.ok).toBe(true);
  expect(await openedExternally(app)).toEqual([
    'https://example.com/opened',
    'http://example.com/from-a-post',
  ]);
});
