import { useEffect, useMemo } from 'react';
import {
  classifyPost,
  promotionalWarning,
  type PostClass,
} from '../../../../shared/outcomes/post-class';
import { trackLinksInText, type TrackedText } from '../../../../shared/outcomes/utm';
import { useStore } from '../../store';

const LINK_RE = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’]/gi;
const NO_CLASSES: readonly PostClass[] = [];

/**
 * What the composer checks of a post against the owner's brand settings: its links to their own
 * domains with tracking (UTM) added, and whether it is promotional enough to break their target.
 */
export function useBrandChecks(o: {
  text: string;
  accountId: string | null;
  replying: boolean;
  campaign: string;
  content: string;
}): { tracked: TrackedText; warning: string | null } {
  const settings = useStore((s) => s.brandSettings);
  const loadBalance = useStore((s) => s.loadBalance);
  const recent = useStore((s) => {
    const b = o.accountId ? s.balances[o.accountId] : undefined;
    return b && !('error' in b) ? b.posts : undefined;
  });
  const known = recent !== undefined;
  useEffect(() => {
    if (o.accountId && !known && (settings?.domains.length || settings?.products.length))
      void loadBalance(o.accountId);
  }, [o.accountId, known, settings, loadBalance]);

  const domains = settings?.domains;
  const tracked = useMemo(
    () =>
      domains?.length
        ? trackLinksInText(o.text, domains, { campaign: o.campaign, content: o.content })
        : { text: o.text, links: [] },
    [o.text, domains, o.campaign, o.content],
  );
  const warning = useMemo(() => {
    if (!settings || o.replying || o.text.trim() === '') return null;
    const c = classifyPost(
      { text: o.text, urls: o.text.match(LINK_RE) ?? [], replyToCustomer: false },
      { domains: settings.domains, products: settings.products },
    );
    if (c.postClass !== 'promotional') return null;
    const classes = recent ? recent.map((p) => p.postClass) : NO_CLASSES;
    return promotionalWarning(classes, settings.target);
  }, [settings, o.replying, o.text, recent]);
  return { tracked, warning };
}
