import { useEffect, useState } from 'react';
import { offerDownload } from '../../lib/download';
import { useStore } from '../../store';
import { DayTable } from './DayTable';
import { ReportEntries, SessionList } from './ReportEntries';
import { TimeChart } from './TimeChart';
import { TimeboxSettingsForm } from './TimeboxSettingsForm';
import { CountingRule } from './CountingRule';
import { TimeToday } from './TimeToday';
import { WhatItBrought } from './WhatItBrought';
import { InboxMetricsSection } from '../inbox/InboxMetricsSection';
import { SidePanelFrame } from '../SidePanelFrame';

const DAY_TABLE_ID = 'time-day-table';

/**
 * The Time view: today per deck and account, the last 30 days against the budget (chart and
 * table), overrides and anomalies, sessions, the CSV export, and the settings.
 */
export function TimeView({ onClose }: { onClose(): void }) {
  const report = useStore((s) => s.timeReport);
  const loadTimeReport = useStore((s) => s.loadTimeReport);
  const loadTimeboxSettings = useStore((s) => s.loadTimeboxSettings);
  const exportTimeCsv = useStore((s) => s.exportTimeCsv);
  // The report follows the meter a minute at a time while the view is open.
  const usedMinutes = useStore((s) => Math.floor((s.timebox?.status.total.usedSeconds ?? 0) / 60));
  const [exported, setExported] = useState<string | null>(null);
  useEffect(() => void loadTimeboxSettings(), [loadTimeboxSettings]);
  useEffect(() => void loadTimeReport(), [loadTimeReport, usedMinutes]);

  const exportCsv = () =>
    void exportTimeCsv().then((file) => {
      if (!file) return;
      offerDownload(file.filename, file.csv);
      setExported(file.filename);
    });

  return (
    <SidePanelFrame
      id="time"
      title="Time"
      className="time-panel"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={exportCsv}>
            Export CSV
          </button>
        </>
      }
    >
      <p className="muted export-note" role="status">
        {exported ? `Downloading ${exported}` : ''}
      </p>
      <CountingRule />
      <TimeToday />
      <WhatItBrought />
      <InboxMetricsSection />
      <section className="time-section" aria-labelledby="time-days-heading">
        <h3 id="time-days-heading">Last 30 days</h3>
        {report ? (
          <>
            <TimeChart days={report.days} tableId={DAY_TABLE_ID} />
            <DayTable days={report.days} id={DAY_TABLE_ID} />
          </>
        ) : (
          <p className="muted">Loading…</p>
        )}
      </section>
      {report && <SessionList sessions={report.sessions} />}
      {report && <ReportEntries entries={report.entries} />}
      <TimeboxSettingsForm />
    </SidePanelFrame>
  );
}
