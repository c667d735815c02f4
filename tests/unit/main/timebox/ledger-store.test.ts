import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  lastGoodLedgerPath,
  loadLedger,
  saveLedger,
} from '../../../../src/main/timebox/ledger-store';
import { timeboxStatus } from '../../../../src/main/timebox/policy';
import { countTick, dayUsage, emptyLedger, type Ledger } from '../../../../src/main/timebox/usage';
import { defaultTimeboxSettings } from '../../../../src/shared/timebox/settings';

const WED = '2026-06-10';
const NOW = 1_781_085_600_000;
const context = { now: NOW, today: WED };

let dir: string;
let file: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timedeck-ledger-'));
  file = path.join(dir, 'usage-ledger.json');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const usedMinutes = (minutes: number): Ledger =>
  countTick(emptyLedger(), {
    day: WED,
    deckId: 'brand',
    accountIds: ['acme'],
    seconds: minutes * 60,
  });
const files = () => fs.readdirSync(dir).sort();
const locked = (ledger: Ledger) =>
  timeboxStatus({
    ledger,
    settings: defaultTimeboxSettings('Europe/Berlin'),
    day: WED,
    deckIds: ['brand'],
    session: null,
    mono: 0,
  }).total.locked;

describe('saving', () => {
  it('writes the ledger and a last good copy, and leaves no temp file', () => {
    saveLedger(file, usedMinutes(12));
    expect(files()).toEqual(['usage-ledger.json', 'usage-ledger.json.last-good']);
    expect(fs.readFileSync(file, 'utf8')).toBe(fs.readFileSync(lastGoodLedgerPath(file), 'utf8'));
  });

  it('reads back what it wrote, across as many saves as it takes', () => {
    let ledger = emptyLedger();
    for (let i = 0; i < 20; i++) {
      ledger = countTick(ledger, { day: WED, deckId: 'brand', accountIds: ['acme'], seconds: 5 });
      saveLedger(file, ledger);
    }
    const loaded = loadLedger(file, context);
    expect(loaded).toEqual({ ledger, outcome: 'loaded', notice: null });
    expect(dayUsage(loaded.ledger, WED).totalSeconds).toBe(100);
  });

  it('refuses to write a ledger it could not read back, keeping the good files', () => {
    saveLedger(file, usedMinutes(12));
    const broken = { ...usedMinutes(20), version: 2 } as unknown as Ledger;
    expect(() => saveLedger(file, broken)).toThrow();
    expect(dayUsage(loadLedger(file, context).ledger, WED).totalSeconds).toBe(12 * 60);
  });
});

describe('loading', () => {
  it('starts empty on a first run, without a notice', () => {
    expect(loadLedger(file, context)).toEqual({
      ledger: emptyLedger(),
      outcome: 'fresh',
      notice: null,
    });
  });

  const damage: [string, (text: string) => string][] = [
    ['a truncated file', (text) => text.slice(0, Math.floor(text.length / 2))],
    ['a garbage file', () => '\u0000\u00ff\u0013garbage{{{'],
    ['an empty file', () => ''],
    ['valid JSON of the wrong shape', () => JSON.stringify({ version: 1, days: 'none' })],
    ['negative seconds', (text) => text.replace('"totalSeconds":1800', '"totalSeconds":-1800')],
  ];

  it.each(damage)('recovers %s from the last good copy and says so', (_what, spoil) => {
    saveLedger(file, usedMinutes(30));
    fs.writeFileSync(file, spoil(fs.readFileSync(file, 'utf8')));

    const { ledger, outcome, notice } = loadLedger(file, context);
    expect(outcome).toBe('recovered');
    expect(dayUsage(ledger, WED).totalSeconds).toBe(1800);
    expect(locked(ledger)).toBe(true);
    expect(notice?.level).toBe('warning');
    expect(notice?.message).toMatch(/restored from its last good copy/);
    expect(notice?.message).toContain(`usage-ledger.json.corrupt-${NOW}`);
    // The damaged file is kept, the good one is back in place, and the report lists it.
    expect(files()).toEqual([
      'usage-ledger.json',
      `usage-ledger.json.corrupt-${NOW}`,
      'usage-ledger.json.last-good',
    ]);
    expect(loadLedger(file, context).outcome).toBe('loaded');
    expect(ledger.anomalies).toEqual([
      { kind: 'ledger-recovered', at: NOW, day: WED, detail: notice!.message },
    ]);
  });

  it('recovers a deleted ledger from its last good copy', () => {
    saveLedger(file, usedMinutes(30));
    fs.rmSync(file);
    const { ledger, outcome, notice } = loadLedger(file, context);
    expect(outcome).toBe('recovered');
    expect(notice?.message).toMatch(/was missing/);
    expect(locked(ledger)).toBe(true);
  });

  it('when both copies are damaged, keeps both aside and counts today as spent', () => {
    saveLedger(file, usedMinutes(3));
    fs.writeFileSync(file, '{"version":1,"days":{');
    fs.writeFileSync(lastGoodLedgerPath(file), 'not json');

    const { ledger, outcome, notice } = loadLedger(file, context);
    expect(outcome).toBe('lost');
    expect(notice?.level).toBe('error');
    expect(notice?.message).toMatch(/today counts as spent/);
    expect(locked(ledger)).toBe(true);
    expect(ledger.anomalies.map((a) => a.kind)).toEqual(['ledger-lost']);
    expect(files()).toEqual([
      'usage-ledger.json',
      `usage-ledger.json.corrupt-${NOW}`,
      'usage-ledger.json.last-good',
      `usage-ledger.json.last-good.corrupt-${NOW}`,
    ]);
    // A restart does not forget the loss.
    expect(locked(loadLedger(file, context).ledger)).toBe(true);
  });

  it('never overwrites an earlier set-aside file', () => {
    saveLedger(file, usedMinutes(1));
    fs.writeFileSync(file, 'broken once');
    loadLedger(file, context);
    fs.writeFileSync(file, 'broken twice');
    loadLedger(file, context);
    const aside = files().filter((f) => f.includes('.corrupt-'));
    expect(aside.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).sort()).toEqual([
      'broken once',
      'broken twice',
    ]);
  });
});
