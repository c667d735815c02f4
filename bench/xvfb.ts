import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

/**
 * A virtual X display (Debian's `xvfb` package), so that Chromium can run headed — with a
 * window, its GPU process's output surface and the display's frame timing — on a machine
 * without a screen. Null when Xvfb is not installed.
 */
export async function startXvfb(): Promise<{ display: string; stop(): void } | null> {
  const bin = ['/usr/bin/Xvfb', '/usr/local/bin/Xvfb'].find((p) => fs.existsSync(p));
  if (!bin) return null;
  // -displayfd: Xvfb picks a free display itself and writes its number to fd 3.
  const child: ChildProcess = spawn(
    bin,
    ['-displayfd', '3', '-screen', '0', '1600x1000x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] },
  );
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not start')), 30_000);
    child.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${out.trim()}`);
      }
    });
  });
  return { display, stop: () => void child.kill('SIGTERM') };
}
