import type { TrackedText } from '../../../../shared/outcomes/utm';

/**
 * Links to the owner's own domains, as they will be sent: with utm_source=x, utm_medium=social,
 * the campaign (the deck) and content; on by default, off for this post with one click.
 */
export function TrackedLinks({
  tracked,
  on,
  setOn,
  campaign,
  setCampaign,
  content,
  setContent,
}: {
  tracked: TrackedText;
  on: boolean;
  setOn(on: boolean): void;
  campaign: string;
  setCampaign(v: string): void;
  content: string;
  setContent(v: string): void;
}) {
  if (tracked.links.length === 0) return null;
  return (
    <fieldset className="tracked-links">
      <legend>Tracked links</legend>
      <label>
        <input type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} /> Add
        tracking to links to your site
      </label>
      {on && (
        <>
          <label>
            Campaign <input value={campaign} onChange={(e) => setCampaign(e.target.value)} />
          </label>
          <label>
            Content <input value={content} onChange={(e) => setContent(e.target.value)} />
          </label>
          <ul aria-label="Links as they will be sent">
            {tracked.links.map((l) => (
              <li key={l.from}>
                <code>{l.to}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}
