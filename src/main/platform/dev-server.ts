/**
 * electron-vite's dev server URL, in development only. In a packaged app an environment
 * variable must not be able to make a remote page Timedeck's own, trusted page; and even in
 * development only a loopback http(s) URL is taken.
 */
export function devServerUrl(o: {
  isPackaged: boolean;
  env: string | undefined;
}): string | undefined {
  if (o.isPackaged || !o.env) return undefined;
  let url: URL;
  try {
    url = new URL(o.env);
  } catch {
    return undefined;
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return loopback && (url.protocol === 'http:' || url.protocol === 'https:') ? o.env : undefined;
}
