import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * One bench step in a Node process of its own (this file is also that process's entry): run.ts
 * calls `runStepProcess(name)`, which starts `node <tsx's flags> step-process.ts <name> <file>`
 * and reads the step's result from the file. The child inherits the environment (--worse) and
 * stderr (progress); a step that throws, or a process that dies, is an error for that step alone.
 */
const self = fileURLToPath(import.meta.url);

export function runStepProcess(name: string): Promise<unknown> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timedeck-bench-step-'));
  const out = path.join(dir, 'result.json');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, self, name, out], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      try {
        const written = fs.existsSync(out)
          ? (JSON.parse(fs.readFileSync(out, 'utf8')) as { result?: unknown; error?: string })
          : { error: `the step's process ended (${signal ?? `exit ${code}`}) without a result` };
        if (written.error !== undefined) reject(new Error(written.error));
        else resolve(written.result);
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

async function main(name: string, out: string) {
  const { STEPS } = await import('./steps');
  const step = STEPS.find((s) => s.name === name);
  try {
    if (!step) throw new Error(`no bench step named ${name}`);
    fs.writeFileSync(out, JSON.stringify({ result: await step.run() }));
  } catch (e) {
    fs.writeFileSync(out, JSON.stringify({ error: e instanceof Error ? e.message : String(e) }));
  }
  // Steps may leave timers or sockets behind: the result is written, the process is done.
  process.exit(0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === self) {
  const [name, out] = process.argv.slice(2);
  void main(name ?? '', out ?? '');
}
