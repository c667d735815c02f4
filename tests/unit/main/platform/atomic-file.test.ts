import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../../src/main/platform/atomic-file';

const dirs: string[] = [];
const scratch = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timedeck-atomic-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('replaces the contents and leaves no temporary file beside it', () => {
    const dir = scratch();
    const file = path.join(dir, 'ledger.json');
    writeFileAtomic(file, '{"a":1}');
    writeFileAtomic(file, '{"a":2}');
    expect(fs.readFileSync(file, 'utf8')).toBe('{"a":2}');
    expect(fs.readdirSync(dir)).toEqual(['ledger.json']);
  });

  it('throws when the file cannot be replaced, and leaves nothing half-written behind', () => {
    const dir = scratch();
    const file = path.join(dir, 'ledger.json');
    fs.mkdirSync(file); // something that no rename can replace
    expect(() => writeFileAtomic(file, 'new')).toThrow();
    expect(fs.readdirSync(dir)).toEqual(['ledger.json']);
    expect(fs.statSync(file).isDirectory()).toBe(true);
  });
});
