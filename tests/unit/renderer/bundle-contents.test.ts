import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// The window loads only what the renderer and the preload import. Schemas (zod) are main's and
// the bridge's business, and X's length count has a lean implementation of its own: this names
// the module that drags a heavy package back in, where the bench would only see the size grow.

const root = path.resolve(import.meta.dirname, '../../..');
const HEAVY = ['zod', 'twitter-text', 'core-js', 'twemoji-parser', 'punycode'];

/** Every bundled file, and for each heavy package the project file that imports it. */
async function heavyImports(entry: string, platform: 'browser' | 'node') {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    platform,
    format: 'esm',
    outdir: 'unused',
    external: ['electron'],
    loader: { '.css': 'empty' },
    logLevel: 'silent',
  });
  const found: string[] = [];
  for (const [file, input] of Object.entries(result.metafile.inputs)) {
    if (file.includes('node_modules')) continue;
    for (const imported of input.imports) {
      const pkg = HEAVY.find((p) => imported.path.includes(`node_modules/${p}/`));
      if (pkg) found.push(`${file} imports ${pkg}`);
    }
  }
  return found;
}

describe('what the window loads', () => {
  it('the renderer bundles neither zod nor twitter-text (core-js, twemoji-parser, punycode)', async () => {
    expect(await heavyImports('src/renderer/src/main.tsx', 'browser')).toEqual([]);
  });

  it('the preload bundles no zod: it lists channel names as plain strings', async () => {
    expect(await heavyImports('src/preload/index.ts', 'node')).toEqual([]);
  });
});
