import { countingRuleWords } from '../../lib/timebox-words';
import { useStore } from '../../store';

/** The rule that counts time today (the one in force, not a change still waiting for the reset). */
export function CountingRule() {
  const active = useStore((s) => s.timeboxSettings?.active);
  if (!active) return null;
  return (
    <p className="counting-rule" aria-label="How time counts">
      {countingRuleWords(active)}
    </p>
  );
}
