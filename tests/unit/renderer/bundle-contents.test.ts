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

/**
 * The project files and packages in what the window loads before its first paint: the entry's
 * output and the chunks it imports statically (esbuild splits at dynamic imports as rolldown
 * does), not the chunks loaded later.
 */
async function startInputs(entry: string) {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'esm',
    outdir: 'out-unused',
    loader: { '.css': 'empty' },
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const start = new Set<string>();
  const visit = (file: string) => {
    if (start.has(file)) return;
    start.add(file);
    for (const i of outputs[file]!.imports) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(Object.keys(outputs).find((f) => outputs[f]!.entryPoint?.endsWith('main.tsx'))!);
  return [...start].flatMap((f) => Object.keys(outputs[f]!.inputs));
}

describe('what the window loads before its first paint', () => {
  it('leaves dnd-kit, the forms, the dialogs and the tables they need to chunks loaded later', async () => {
    const inputs = await startInputs('src/renderer/src/main.tsx');
    expect(inputs.some((i) => i.includes('react-dom'))).toBe(true);
    expect(inputs.some((i) => i.endsWith('components/column/ColumnFeed.tsx'))).toBe(true);
    const late = [
      'node_modules/@dnd-kit/',
      'node_modules/double-metaphone/',
      'src/shared/posts/tlds.ts',
      'src/shared/search/misspellings.ts',
      'components/composer/Composer.tsx',
      'components/settings/ColumnEditor.tsx',
      'components/settings/AddColumnForm.tsx',
      'components/inbox/InboxFeed.tsx',
      'components/FirstRunSheet.tsx',
      'components/people/PersonCardDialog.tsx',
      'components/timebox/StartSessionDialog.tsx',
      'components/timebox/SessionSummaryDialog.tsx',
      'components/ShortcutsDialog.tsx',
      'components/RepostDialog.tsx',
      'components/timebox/TimeView.tsx',
    ];
    expect(late.filter((l) => inputs.some((i) => i.includes(l)))).toEqual([]);
  });
});
