/**
 * The page's Content-Security-Policy. index.html carries a static meta tag; main (Electron) and
 * the harness also send this policy as a response header, where the demo simulator's port is
 * known. A browser enforces both, so images come only from X's media hosts and, in demo mode,
 * the one loopback origin of this run's simulator — not from any https host, and not from any
 * other local server.
 */
export const X_MEDIA_ORIGINS = [
  'https://pbs.twimg.com',
  'https://video.twimg.com',
  'https://abs.twimg.com',
  'https://ton.twimg.com',
] as const;

/** Only a loopback http origin with an explicit port can be added; anything else is dropped. */
const LOOPBACK_ORIGIN = /^http:\/\/127\.0\.0\.1:\d{1,5}$/;

export function imageSources(simulatorOrigin?: string | null): string[] {
  const sim = simulatorOrigin && LOOPBACK_ORIGIN.test(simulatorOrigin) ? [simulatorOrigin] : [];
  return ["'self'", 'data:', ...X_MEDIA_ORIGINS, ...sim];
}

export function contentSecurityPolicy(o: { simulatorOrigin?: string | null } = {}): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src ${imageSources(o.simulatorOrigin).join(' ')}`,
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}
