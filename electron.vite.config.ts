import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      // Native modules cannot be bundled: main imports them from node_modules (unpacked from the
      // asar in the installers). `dependencies` are external already; this keeps better-sqlite3 so
      // wherever package.json lists it.
      externalizeDeps: { include: ['better-sqlite3'] },
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'src/main/index.ts') } },
    },
  },
  preload: {
    // A sandboxed preload cannot require(): bundle everything (zod included) into one CJS file.
    build: {
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    build: {
      minify: true,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') },
        // `npm run bench -- --worse bundle` only: one script, every lazy chunk inlined, so the
        // bench shows renderer_js_gzip_kb failing without the split (bench/worse.ts).
        ...(process.env.TIMEDECK_WORSE_BUNDLE === '1' ? { output: { codeSplitting: false } } : {}),
      },
    },
    plugins: [react()],
  },
});
