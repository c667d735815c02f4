import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp, root } from './bundle-size';
import { TARGETS, allMeasured, completeValues, formatTable, type Metric } from './results';
import { runStepProcess } from './step-process';
import { STEPS, type Measured } from './steps';

/**
 * npm run bench [-- --no-build] [-- --only bundle,merge,ledger,kill,archive,polling,scroll]
 *                [-- --worse scroll,archive]
 *
 * Measures Timedeck's speed, memory, API use and time-box accuracy, writes bench/results.json
 * and prints a table. Exits 0 when every metric was measured, whether or not it met its target;
 * non-zero when one could not be measured. See bench/README.md for what each metric means.
 */

const STEP_NAMES = STEPS.map((s) => s.name);

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    only: { type: 'string' },
    /** Deliberately worse builds (worse.ts), to show a metric fail: --worse scroll,archive */
    worse: { type: 'string' },
  },
  strict: true,
});
if (args.worse) process.env.BENCH_WORSE = args.worse;
const only = new Set((args.only?.split(',') ?? STEP_NAMES).map((s) => s.trim()));
const unknown = [...only].filter((s) => !STEP_NAMES.includes(s));
if (unknown.length) {
  console.error(`unknown --only step(s): ${unknown.join(', ')} (steps: ${STEP_NAMES.join(', ')})`);
  process.exit(2);
}

const measured: Partial<Record<Metric, number>> = {};
const details: Record<string, unknown> = {};
const errors: Record<string, string> = {};
const secondsPerStep: Record<string, number> = {};

async function step(name: string, run: () => Measured | Promise<Measured>) {
  const started = performance.now();
  process.stderr.write(`bench: ${name}...\n`);
  try {
    const result = await run();
    Object.assign(measured, result.values);
    details[name] = result.details;
  } catch (e) {
    errors[name] = e instanceof Error ? e.message : String(e);
    process.stderr.write(`bench: ${name} could not be measured: ${errors[name]}\n`);
  }
  secondsPerStep[name] = Math.round((performance.now() - started) / 100) / 10;
}

function git(...gitArgs: string[]): string | null {
  try {
    return execFileSync('git', gitArgs, { cwd: root, encoding: 'utf8', stdio: 'pipe' }).trim();
  } catch {
    return null;
  }
}

const loadBefore = os.loadavg();
let built = args['no-build'];
if (!built && STEPS.some((s) => s.needsBuild && only.has(s.name))) {
  await step('build', () => {
    buildApp();
    return { values: {}, details: { ok: true } };
  });
  built = !errors.build;
}
/** The bundle and the page are those of the sources only if the build succeeded. */
function requireBuild() {
  if (!built) throw new Error(`the app was not built: ${errors.build?.split('\n')[0]}`);
}

// Each step in a process of its own: CPU times are the process's (all its threads), and a
// step's leftovers — a large heap still being collected, a build's workers — would be counted
// in the next step's (merge measured 60 ms after the build, 30 alone).
for (const s of STEPS) {
  if (!only.has(s.name)) continue;
  await step(s.name, () => {
    if (s.needsBuild) requireBuild();
    return runStepProcess(s.name) as Promise<Measured>;
  });
}

const values = completeValues(measured);
const commit = git('rev-parse', 'HEAD');
const results = {
  ...values,
  targets: TARGETS,
  metadata: {
    date: new Date().toISOString(),
    node: process.version,
    commit,
    /** Files changed since that commit: the numbers are of the working tree, not the commit. */
    uncommittedChanges: commit ? (git('status', '--porcelain') ?? '') !== '' : null,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? null,
    /** The machine's load (1, 5, 15 min) around the run: a busy machine slows every timing. */
    loadAverage: { before: loadBefore.map(round2), after: os.loadavg().map(round2) },
    steps: [...only],
    /** A deliberately worse build (--worse): these numbers are not the app's. */
    worse: process.env.BENCH_WORSE ?? null,
    secondsPerStep,
    errors,
    details,
  },
};

const file = path.join(root, 'bench/results.json');
fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(formatTable(values));
console.log(`\n${path.relative(process.cwd(), file)} written.`);
// With --only, the steps left out are not failures; a step that ran and failed is.
const complete = only.size === STEPS.length ? allMeasured(values) : true;
process.exitCode = complete && Object.keys(errors).length === 0 ? 0 : 1;

function round2(n: number) {
  return Math.round(n * 100) / 100;
}
