import { defaultTimeboxSettings } from '../../../../../src/shared/timebox/settings';
import { MeterSim } from './meter-sim';

/**
 * Spends Wednesday 2026-06-10 (home zone Berlin, reset 04:00) by 09:30 CEST, then records the
 * day and the lock every 30 minutes until Thursday noon.
 */
export function lockTimeline(): { wall: string; day: string; locked: boolean }[] {
  const sim = new MeterSim(
    Date.parse('2026-06-10T07:00:00Z'),
    defaultTimeboxSettings('Europe/Berlin'),
  );
  sim.run(30 * 60);
  const timeline = [];
  while (sim.wall < Date.parse('2026-06-11T10:00:00Z')) {
    sim.pass(30 * 60_000, 30 * 60_000);
    timeline.push({
      wall: new Date(sim.wall).toISOString(),
      day: sim.status.day,
      locked: sim.status.total.locked,
    });
  }
  return timeline;
}
