import * as esbuild from 'esbuild';
const r = await esbuild.build({ entryPoints: ['src/renderer/src/main.tsx'], bundle: true, write: false, metafile: true, format: 'esm', loader: { '.css': 'empty' }, outdir: '/tmp/i16-esb' });
const zodFiles = new Set(Object.entries(r.metafile.inputs).filter(([f,v])=>!f.includes('node_modules') && v.imports.some(i=>/node_modules\/(zod|twitter-text)/.test(i.path))).map(([f])=>f));
console.log([...zodFiles]);
for (const [f, v] of Object.entries(r.metafile.inputs)) {
  if (f.includes('node_modules')) continue;
  const hits = v.imports.filter(i => zodFiles.has(i.path)).map(i=>i.path);
  if (hits.length) console.log('  ', f, 'imports', hits.join(' '));
}
