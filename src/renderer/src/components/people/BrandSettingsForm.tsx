import { useState } from 'react';
import type { BrandSettings } from '../../../../shared/outcomes/balance-schema';
import { normaliseDomain } from '../../../../shared/outcomes/utm';
import { useStore } from '../../store';
import { FieldError } from '../FieldError';

const lines = (text: string) =>
  text
    .split(/[\n,]/)
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * Your sites, products and balance target: links to these domains get tracking (UTM) in the
 * composer and count as promotional, as do the product names; the target is how many
 * promotional posts in how many the composer warns beyond.
 */
export function BrandSettingsForm() {
  const settings = useStore((s) => s.brandSettings);
  // Keyed by what main holds: the fields start from it again whenever it changes.
  return settings ? (
    <BrandSettingsFields key={JSON.stringify(settings)} settings={settings} />
  ) : null;
}

function BrandSettingsFields({ settings }: { settings: BrandSettings }) {
  const save = useStore((s) => s.saveBrandSettings);
  const [domains, setDomains] = useState(settings.domains.join('\n'));
  const [products, setProducts] = useState(settings.products.join('\n'));
  const [promotional, setPromotional] = useState(String(settings.target.promotional));
  const [outOf, setOutOf] = useState(String(settings.target.outOf));
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  return (
    <form
      className="brand-settings"
      aria-labelledby="brand-settings-heading"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        const bad = lines(domains).find((d) => normaliseDomain(d) === null);
        if (bad) return setProblem(`“${bad}” is not a domain name, like shop.example`);
        const p = Number(promotional);
        const n = Number(outOf);
        if (!Number.isInteger(p) || !Number.isInteger(n) || n < 1 || n > 20 || p < 0 || p > n)
          return setProblem('The target is a whole number of posts in 1 to 20');
        void save({
          domains: lines(domains),
          products: lines(products).filter((x) => x.length >= 2),
          target: { promotional: p, outOf: n },
        }).then((refusal) => {
          setProblem(refusal);
          setSaved(refusal === null);
        });
      }}
    >
      <h3 id="brand-settings-heading">Your sites and balance</h3>
      <label>
        Your domains (one a line)
        <textarea rows={2} value={domains} onChange={(e) => setDomains(e.target.value)} />
      </label>
      <label>
        Product names (one a line)
        <textarea rows={2} value={products} onChange={(e) => setProducts(e.target.value)} />
      </label>
      <span className="balance-target">
        At most
        <input
          aria-label="Promotional posts at most"
          inputMode="numeric"
          size={2}
          value={promotional}
          onChange={(e) => setPromotional(e.target.value)}
        />
        promotional in
        <input
          aria-label="Out of posts"
          inputMode="numeric"
          size={2}
          value={outOf}
          onChange={(e) => setOutOf(e.target.value)}
        />
        posts
      </span>
      <button type="submit" className="button">
        Save
      </button>
      <FieldError id="brand-settings-error" problem={problem} />
      {saved && (
        <span className="muted" role="status">
          Saved
        </span>
      )}
    </form>
  );
}
