import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

describe('npm run sim', () => {
  it('prints one line with its URL and answers like X', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/simulator/cli.ts', '--port', '0', '--seed', 'cli-test'],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          // Its lines may arrive in one chunk: the first line is the URL.
          if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n') + 1));
        });
        child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
      });
      expect(line).toMatch(/^X simulator at http:\/\/127\.0\.0\.1:\d+\n$/);
      const url = line.trim().split(' at ')[1]!;
      const res = await fetch(`${url}/2/users/me`);
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('refuses a bad port', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/simulator/cli.ts', '--port', 'abc'],
      { cwd: root, stdio: 'ignore' },
    );
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
  });
});
