import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { budgetDayOf, nextResetAt } from '../../../../src/main/timebox/budget-day';
import { lockTimeline } from './support/lock-timeline';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../../..');
const probe = path.join(here, 'fixtures', 'zone-probe.ts');

const HOUR = 3_600_000;
// Around the Berlin spring-forward change and an ordinary reset, every 20 minutes.
const instants = [Date.parse('2026-03-28T18:00:00Z'), Date.parse('2026-06-10T00:00:00Z')].flatMap(
  (start) => Array.from({ length: 36 }, (_, i) => start + (i * HOUR) / 3),
);

function probeUnder(tz: string) {
  const out = execFileSync(process.execPath, ['--import', 'tsx', probe, ...instants.map(String)], {
    cwd: root,
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  return JSON.parse(out) as {
    systemZone: string;
    answers: [string, number][];
    timeline: ReturnType<typeof lockTimeline>;
  };
}

describe('the system time zone does not move budget days', () => {
  it(
    'gives the same days and resets with the system zone 12 hours apart (UTC+6, UTC-6)',
    { timeout: 60_000 },
    () => {
      const east = probeUnder('Etc/GMT-6');
      const west = probeUnder('Etc/GMT+6');
      // The probes really ran in those zones...
      expect([east.systemZone, west.systemZone]).toEqual(['Etc/GMT-6', 'Etc/GMT+6']);
      // ...and agree with each other and with this process, whatever zone it runs in.
      const inProcess = instants.map((t) => [
        budgetDayOf(t, 'Europe/Berlin', 4),
        nextResetAt(t, 'Europe/Berlin', 4),
      ]);
      expect(east.answers).toEqual(inProcess);
      expect(west.answers).toEqual(inProcess);
      expect(new Set(inProcess.map(([day]) => day)).size).toBeGreaterThan(1);

      // A spent day stays locked until 04:00 Berlin time, whatever zone the machine is in.
      const timeline = lockTimeline();
      expect(east.timeline).toEqual(timeline);
      expect(west.timeline).toEqual(timeline);
      const reset = Date.parse('2026-06-11T02:00:00Z');
      for (const point of timeline) {
        expect(point.locked).toBe(Date.parse(point.wall) < reset);
        expect(point.day).toBe(Date.parse(point.wall) < reset ? '2026-06-10' : '2026-06-11');
      }
    },
  );

  // Local-time readings of Date depend on the system zone; the time box must not use them.
  const systemZoneReaders =
    /\.(getHours|getMinutes|getDate|getDay|getMonth|getFullYear|getTimezoneOffset|toLocaleString|toLocaleDateString|toLocaleTimeString|toDateString|toTimeString)\(|resolvedOptions\(|process\.env\.TZ/;

  it.each(['src/main/timebox', 'src/shared/timebox'])(
    'nothing in %s reads the system zone',
    (folder) => {
      const files = fs
        .readdirSync(path.join(root, folder))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => path.join(root, folder, f));
      expect(files.length).toBeGreaterThan(0);
      const offenders = files.filter((f) => systemZoneReaders.test(fs.readFileSync(f, 'utf8')));
      expect(offenders).toEqual([]);
    },
  );
});
