import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadLedger } from '../src/main/timebox/ledger-store';
import { scratchDir } from './scratch-dir';
import { round } from './stats';

/**
 * ledger_loss_on_kill_s: the seconds of use the time box forgets when its process is killed
 * outright (SIGKILL: a crash, the OS ending it, the power going), which no quit handler sees.
 * A child process runs the real service on the real clock with the user present; it is killed
 * after a few seconds (at different phases of the 5-second save), and the ledger on disk is
 * compared with the time it ran. The worst of the runs.
 */

const CHILD = path.join(import.meta.dirname, 'ledger-kill-child.ts');
export const KILL_AFTER_MS = [6_300, 8_900, 11_600];

async function killOnce(afterMs: number) {
  const dataDir = scratchDir('ledger-kill');
  try {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const startedAt = await new Promise<number>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += String(chunk);
        const m = /started (\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      child.on('exit', (code) => reject(new Error(`the child exited (${code}) before starting`)));
    });
    await new Promise((r) => setTimeout(r, afterMs));
    const killedAt = Date.now();
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const file = path.join(dataDir, 'time-ledger.json');
    const loaded = loadLedger(file, {
      now: Date.now(),
      today: new Date(startedAt).toISOString().slice(0, 10),
    });
    const counted = Object.values(loaded.ledger.days).reduce((n, d) => n + d.totalSeconds, 0);
    const ran = (killedAt - startedAt) / 1000;
    return {
      ranSeconds: round(ran, 3),
      countedSeconds: round(counted, 3),
      lostSeconds: round(ran - counted, 3),
    };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function measureLedgerKill(afterMs: readonly number[] = KILL_AFTER_MS) {
  const runs = [];
  for (const ms of afterMs) runs.push(await killOnce(ms));
  return {
    values: { ledger_loss_on_kill_s: Math.max(...runs.map((r) => r.lostSeconds)) },
    details: { runs },
  };
}
