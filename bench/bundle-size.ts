import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { round } from './stats';
import { worse } from './worse';

/**
 * renderer_js_gzip_kb: what the window must download and parse before it shows anything, as
 * gzip would send it: the scripts out/renderer/index.html loads (its module script and any
 * modulepreload), each gzipped at level 9, summed, in KiB (1,024 bytes).
 * renderer_js_all_gzip_kb: every out/renderer/assets/*.js the same way, the chunks loaded later
 * (a side panel when first opened) included.
 */

export const root = path.resolve(import.meta.dirname, '..');
export const rendererAssets = path.join(root, 'out/renderer/assets');
export const preloadScript = path.join(root, 'out/preload/index.cjs');

/** The script files index.html loads before anything shows: module scripts and modulepreloads. */
export function startupScripts(html: string): string[] {
  const refs = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
  ];
  return [...new Set(refs.map((m) => path.basename(m[1]!)))];
}

/**
 * Builds main, preload and renderer as the product ships them (`--worse bundle`: the renderer as
 * one script, no chunk loaded later; see electron.vite.config.ts); throws with the log if it fails.
 */
export function buildApp(): void {
  const result = spawnSync('npx', ['electron-vite', 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TIMEDECK_WORSE_BUNDLE: worse('bundle') ? '1' : '' },
  });
  if (result.status !== 0) {
    throw new Error(`electron-vite build failed:\n${result.stdout}\n${result.stderr}`.trim());
  }
}

export const gzipKiB = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length / 1024;

/**
 * preload_js_kb: the preload script as built, in KiB, uncompressed (Electron reads it from disk
 * and parses all of it before the page's first script runs, in every window).
 */
export function measureBundleSize(dir = rendererAssets, preload = preloadScript) {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.js')) : [];
  if (files.length === 0) throw new Error(`no renderer scripts in ${dir}: was it built?`);
  const sizes = files.map((file) => {
    const bytes = fs.readFileSync(path.join(dir, file));
    return { file, kib: bytes.length / 1024, gzipKib: gzipKiB(bytes) };
  });
  if (!fs.existsSync(preload)) throw new Error(`no preload script at ${preload}: was it built?`);
  const preloadBytes = fs.readFileSync(preload);
  const atStart = new Set(
    startupScripts(fs.readFileSync(path.join(dir, '..', 'index.html'), 'utf8')),
  );
  if (atStart.size === 0) throw new Error(`index.html in ${dir}/.. loads no script`);
  const sum = (list: typeof sizes) => round(list.reduce((n, s) => n + s.gzipKib, 0));
  return {
    values: {
      renderer_js_gzip_kb: sum(sizes.filter((s) => atStart.has(s.file))),
      renderer_js_all_gzip_kb: sum(sizes),
      preload_js_kb: round(preloadBytes.length / 1024),
    },
    details: {
      preloadGzipKib: round(gzipKiB(preloadBytes)),
      files: sizes.map((s) => ({ file: s.file, kib: round(s.kib), gzipKib: round(s.gzipKib) })),
    },
  };
}
