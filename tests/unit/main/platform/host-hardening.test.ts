import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { devServerUrl } from '../../../../src/main/platform/dev-server';
import {
  CRASH_MEMORY_MS,
  NO_CRASHES,
  recover,
  type RecoveryState,
} from '../../../../src/main/platform/renderer-recovery';
import {
  X_MEDIA_ORIGINS,
  contentSecurityPolicy,
  imageSources,
} from '../../../../src/shared/security/csp';

describe('the dev server URL', () => {
  it('is taken only when the app is not packaged, and only for loopback', () => {
    expect(devServerUrl({ isPackaged: true, env: 'http://localhost:5173' })).toBeUndefined();
    expect(devServerUrl({ isPackaged: false, env: 'http://localhost:5173' })).toBe(
      'http://localhost:5173',
    );
    expect(devServerUrl({ isPackaged: false, env: 'https://evil.example/' })).toBeUndefined();
    expect(devServerUrl({ isPackaged: false, env: 'file:///etc/passwd' })).toBeUndefined();
    expect(devServerUrl({ isPackaged: false, env: 'not a url' })).toBeUndefined();
    expect(devServerUrl({ isPackaged: false, env: undefined })).toBeUndefined();
  });
});

describe('the Content-Security-Policy', () => {
  const imgSrc = (policy: string) =>
    policy
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('img-src '))!
      .split(/\s+/)
      .slice(1);

  it('lets images come only from X’s media hosts and this run’s simulator', () => {
    const sources = imgSrc(contentSecurityPolicy({ simulatorOrigin: 'http://127.0.0.1:41234' }));
    expect(sources).toEqual(["'self'", 'data:', ...X_MEDIA_ORIGINS, 'http://127.0.0.1:41234']);
    expect(sources).not.toContain('https:');
    expect(imgSrc(contentSecurityPolicy())).toEqual(["'self'", 'data:', ...X_MEDIA_ORIGINS]);
  });

  it('takes no simulator origin that is not loopback with a port (no injected directives)', () => {
    for (const bad of [
      'https://evil.example',
      'http://127.0.0.1:*',
      "http://127.0.0.1:1; script-src 'unsafe-inline'",
      'http://localhost.evil.example:80',
    ])
      expect(imageSources(bad)).toEqual(["'self'", 'data:', ...X_MEDIA_ORIGINS]);
  });

  it('matches index.html’s meta tag, which allows only loopback beyond it', () => {
    const html = fs.readFileSync(
      path.resolve(import.meta.dirname, '../../../../src/renderer/index.html'),
      'utf8',
    );
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)![1]!;
    const header = contentSecurityPolicy({ simulatorOrigin: 'http://127.0.0.1:4000' });
    const withoutImg = (p: string) =>
      p
        .split(';')
        .map((d) => d.trim())
        .filter((d) => !d.startsWith('img-src'));
    expect(withoutImg(meta)).toEqual(withoutImg(header));
    expect(imgSrc(meta)).toEqual(["'self'", 'data:', ...X_MEDIA_ORIGINS, 'http://127.0.0.1:*']);
  });
});

describe('recovering a crashed or hung window', () => {
  it('reloads a crashed page at once, with a notice that the time box kept counting', () => {
    const { decision } = recover(NO_CRASHES, { kind: 'gone', reason: 'crashed' }, 1000);
    expect(decision).toMatchObject({ action: 'reload', afterMs: 0 });
    expect(decision.action === 'reload' && decision.notice).toMatch(/kept counting/);
  });

  it('ends a hung page first (its end brings the reload), and ignores a clean exit', () => {
    expect(recover(NO_CRASHES, { kind: 'unresponsive' }, 0).decision).toEqual({
      action: 'end-hung-page',
    });
    expect(recover(NO_CRASHES, { kind: 'gone', reason: 'clean-exit' }, 0).decision).toEqual({
      action: 'none',
    });
  });

  it('never spins: a page that keeps crashing is reloaded later each time, at most a minute', () => {
    let state: RecoveryState = NO_CRASHES;
    const delays: number[] = [];
    for (let i = 0; i < 12; i++) {
      const r = recover(state, { kind: 'gone', reason: 'crashed' }, i * 1000);
      state = r.state;
      if (r.decision.action === 'reload') delays.push(r.decision.afterMs);
    }
    expect(delays.slice(0, 5)).toEqual([0, 1000, 2000, 4000, 8000]);
    expect(Math.max(...delays)).toBe(60_000);
    // Ten quiet minutes later, a crash is a first crash again.
    const later = recover(state, { kind: 'gone', reason: 'oom' }, 12_000 + CRASH_MEMORY_MS);
    expect(later.decision).toMatchObject({ action: 'reload', afterMs: 0 });
    expect(later.decision.action === 'reload' && later.decision.notice).toMatch(/memory/);
  });
});
