import { useState, type FormEvent } from 'react';
import { API_TIERS, type XAppInput } from '../../../shared/accounts/schema';
import { apiBaseUrlProblem, callbackPortProblem } from '../lib/field-problems';
import { useStore } from '../store';
import { FieldError } from './FieldError';

/** The user's own X developer app: client ID, callback port (with the URL to register), API. */
export function XAppForm() {
  const xApp = useStore((s) => s.xApp);
  const saveXApp = useStore((s) => s.saveXApp);
  const [draft, setDraft] = useState(() => ({
    clientId: xApp?.clientId ?? '',
    clientSecret: '',
    callbackPort: String(xApp?.callbackPort ?? ''),
    apiBaseUrl: xApp?.apiBaseUrl ?? '',
    tier: xApp?.tier ?? 'self-serve',
  }));
  const [tried, setTried] = useState(false);
  if (!xApp) return null;
  const problems = {
    port: tried ? callbackPortProblem(draft.callbackPort) : null,
    api: tried ? apiBaseUrlProblem(draft.apiBaseUrl) : null,
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (callbackPortProblem(draft.callbackPort) || apiBaseUrlProblem(draft.apiBaseUrl)) return;
    const input: XAppInput = {
      clientId: draft.clientId.trim() || null,
      callbackPort: Number(draft.callbackPort),
      apiBaseUrl: draft.apiBaseUrl,
      tier: draft.tier,
      ...(draft.clientSecret ? { clientSecret: draft.clientSecret } : {}),
    };
    void saveXApp(input).then((ok) => ok && setDraft((d) => ({ ...d, clientSecret: '' })));
  };

  return (
    <section className="x-app" aria-labelledby="x-app-heading">
      <h2 id="x-app-heading">Your X app</h2>
      <p className="muted">
        {xApp.demo
          ? 'No client ID yet: Timedeck shows demo data from its built-in X simulator.'
          : `Register this callback URL with your X app: ${xApp.callbackUrl}`}
      </p>
      <form className="column-form" noValidate onSubmit={submit}>
        <label htmlFor="x-client-id">Client ID</label>
        <input
          id="x-client-id"
          value={draft.clientId}
          onChange={(e) => setDraft({ ...draft, clientId: e.target.value })}
        />
        <label htmlFor="x-client-secret">Client secret</label>
        <input
          id="x-client-secret"
          type="password"
          autoComplete="off"
          placeholder={
            xApp.hasClientSecret ? 'Stored (leave empty to keep)' : 'Only for a confidential app'
          }
          value={draft.clientSecret}
          onChange={(e) => setDraft({ ...draft, clientSecret: e.target.value })}
        />
        <label htmlFor="x-callback-port">Callback port</label>
        <input
          id="x-callback-port"
          inputMode="numeric"
          value={draft.callbackPort}
          aria-required="true"
          aria-invalid={problems.port !== null}
          aria-describedby={problems.port ? 'x-callback-port-problem' : undefined}
          onChange={(e) => setDraft({ ...draft, callbackPort: e.target.value })}
        />
        <FieldError id="x-callback-port-problem" problem={problems.port} />
        <span className="form-hint">
          Callback URL: http://127.0.0.1:{draft.callbackPort || '…'}/callback
        </span>
        <label htmlFor="x-api-base">API base URL</label>
        <input
          id="x-api-base"
          value={draft.apiBaseUrl}
          aria-required="true"
          aria-invalid={problems.api !== null}
          aria-describedby={problems.api ? 'x-api-base-problem' : undefined}
          onChange={(e) => setDraft({ ...draft, apiBaseUrl: e.target.value })}
        />
        <FieldError id="x-api-base-problem" problem={problems.api} />
        <label htmlFor="x-tier">API access</label>
        <select
          id="x-tier"
          value={draft.tier}
          onChange={(e) => setDraft({ ...draft, tier: e.target.value as XAppInput['tier'] })}
        >
          {API_TIERS.map((t) => (
            <option key={t} value={t}>
              {t === 'self-serve' ? 'Self-serve (pay per use)' : 'Enterprise'}
            </option>
          ))}
        </select>
        <button type="submit" className="button primary">
          Save X app
        </button>
      </form>
    </section>
  );
}
