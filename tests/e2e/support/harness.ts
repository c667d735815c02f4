import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

const root = path.resolve(import.meta.dirname, '../../..');

export interface HarnessProcess {
  url: string;
  origin: string;
  dataDir: string;
  process: ChildProcess;
  /** Calls a test control of the harness (only there with --fake-clock). */
  control<T = unknown>(name: string, body?: unknown): Promise<T>;
  /** Stops it as a user would (SIGTERM), or kills it outright (SIGKILL). */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export const newDataDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'timedeck-e2e-'));

/**
 * Where every test's fake clock starts: a Wednesday morning in the shop's day. The simulator's
 * world posts by its clock, so starting at the real time let a generated post land inside a
 * test's clock jump now and then (an unread count one too high); from a fixed instant every run
 * sees the same world.
 */
export const CLOCK_START = Date.parse('2026-11-25T10:00:00Z');
/** A harness started again on the same data folder goes on from where its clock was. */
const clockAtStop = new Map<string, number>();
const RESTART_MS = 1_000;

/** Starts `npm run harness` as its own process, the way a user or CI does, and waits for its URL. */
export async function launchHarness(
  options: { dataDir?: string; fakeClock?: boolean; firstRun?: boolean } = {},
): Promise<HarnessProcess> {
  const dataDir = options.dataDir ?? newDataDir();
  const args = [
    '--import',
    'tsx',
    'src/harness/cli.ts',
    '--no-build',
    '--port',
    '0',
    '--data-dir',
    dataDir,
  ];
  if (options.fakeClock !== false) {
    const last = clockAtStop.get(dataDir);
    const start = last === undefined ? CLOCK_START : last + RESTART_MS;
    args.push('--fake-clock', '--clock-start', String(start));
  }
  // Every test but the first-run sheet's own starts past the sheet.
  if (options.firstRun !== true) args.push('--first-run-done');
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));

  const url = await new Promise<string>((resolve, reject) => {
    // Generous: on a loaded machine tsx alone can take a while; an exit fails it at once.
    const timer = setTimeout(
      () => reject(new Error(`the harness did not start:\n${stderr}`)),
      120_000,
    );
    child.once('exit', (code) => reject(new Error(`the harness exited with ${code}:\n${stderr}`)));
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^Timedeck harness at (http:\/\/127\.0\.0\.1:\d+\/\S+\/)$/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
  });

  async function control<T>(name: string, body?: unknown): Promise<T> {
    const res = await fetch(`${url}__test/${name}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`control ${name}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    process: child,
    control,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null) return;
      if (options.fakeClock !== false) {
        const clock = await control<{ now: number }>('clock').catch(() => null);
        if (clock) clockAtStop.set(dataDir, clock.now);
      }
      return new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill(signal);
      });
    },
  };
}
