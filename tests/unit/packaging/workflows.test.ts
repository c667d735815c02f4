import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../../scripts/packaging/builder-config';

interface Step {
  name?: string;
  if?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on': string;
  strategy?: { matrix: { os: string[] } };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const workflowDir = path.join(projectRoot, '.github/workflows');
const read = (name: string) =>
  parse(fs.readFileSync(path.join(workflowDir, name), 'utf8')) as Workflow;
const scripts = (
  JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;

/** Every npm command a workflow runs, as `npm <command> [script]`. */
function npmCommands(workflow: Workflow): string[][] {
  const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((s) => s.run ?? []));
  return runs.flatMap((run) =>
    [...run.matchAll(/\bnpm\s+(run(?:-script)?|test|start|ci|install)\b(?:\s+([\w:.-]+))?/g)].map(
      (m) => (m[1]!.startsWith('run') ? ['run', m[2]!] : [m[1]!]),
    ),
  );
}

const stepsOf = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((j) => j.steps);
const indexOfRun = (steps: Step[], pattern: RegExp) =>
  steps.findIndex((s) => s.run !== undefined && pattern.test(s.run));

describe('the GitHub workflows', () => {
  const files = fs.readdirSync(workflowDir).filter((f) => /\.ya?ml$/.test(f));

  it('are ci.yml and release.yml', () => {
    expect(files.sort()).toEqual(['ci.yml', 'release.yml']);
  });

  it.each(['ci.yml', 'release.yml'])('%s calls only npm scripts that package.json has', (file) => {
    const commands = npmCommands(read(file));
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) {
      if (command[0] === 'run')
        expect(scripts, `npm run ${command[1]}`).toHaveProperty([command[1]!]);
      if (command[0] === 'test') expect(scripts).toHaveProperty(['test']);
      if (command[0] === 'start') expect(scripts).toHaveProperty(['start']);
    }
  });

  it.each(['ci.yml', 'release.yml'])(
    '%s tests and packages on Linux, macOS and Windows, Electron under a display on Linux',
    (file) => {
      const workflow = read(file);
      const matrixJob = Object.values(workflow.jobs).find((j) => j.strategy)!;
      expect(matrixJob.strategy!.matrix.os).toEqual([
        'ubuntu-latest',
        'macos-latest',
        'windows-latest',
      ]);
      const steps = matrixJob.steps;
      const ci = indexOfRun(steps, /^npm ci$/);
      const linuxTest = steps.find((s) => s.run?.startsWith('xvfb-run'));
      expect(linuxTest).toMatchObject({ if: "runner.os == 'Linux'" });
      expect(linuxTest!.run).toMatch(/xvfb-run .*npm test$/);
      expect(steps.find((s) => s.run === 'npm test')).toMatchObject({ if: "runner.os != 'Linux'" });
      const test = indexOfRun(steps, /npm test$/);
      const dist = indexOfRun(steps, /^npm run dist$/);
      const upload = steps.findIndex((s) => s.uses?.startsWith('actions/upload-artifact@'));
      expect(ci).toBeGreaterThanOrEqual(0);
      expect(ci).toBeLessThan(test);
      expect(test).toBeLessThan(dist);
      expect(dist).toBeLessThan(upload);
      // The installers electron-builder.yml makes, whatever the platform.
      expect(String(steps[upload]!.with!.path)).toMatch(/AppImage[\s\S]*deb[\s\S]*dmg[\s\S]*exe/);
    },
  );

  it('releases on version tags, publishing what the build jobs made', () => {
    const release = read('release.yml');
    expect(release.on).toEqual({ push: { tags: ['v*'] } });
    const steps = stepsOf(release);
    expect(steps.some((s) => s.uses?.startsWith('actions/download-artifact@'))).toBe(true);
    expect(steps.some((s) => /gh release create/.test(s.run ?? ''))).toBe(true);
  });

  it('runs CI on pushes to main and on pull requests', () => {
    expect(Object.keys(read('ci.yml').on).sort()).toEqual(['pull_request', 'push']);
  });
});
