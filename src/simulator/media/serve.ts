import type { ServerResponse } from 'node:http';
import type { World } from '../world/world';
import { MEDIA_PREFIX, parseMediaPath } from './paths';
import { avatarSvg, pictureSvg } from './pictures';

export const isMediaPath = (pathname: string) => pathname.startsWith(MEDIA_PREFIX);

// An SVG opened on its own may not run anything; as an <img> it never does.
const HEADERS = {
  'content-type': 'image/svg+xml; charset=utf-8',
  'cache-control': 'public, max-age=86400',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
  'x-content-type-options': 'nosniff',
  'cross-origin-resource-policy': 'cross-origin',
};

/** Answers a GET under /media/ with the world's picture, or 404 (as X's image host does). */
export function serveMedia(world: World, pathname: string, res: ServerResponse): void {
  const wanted = parseMediaPath(pathname);
  let svg: string | undefined;
  if (wanted?.kind === 'avatar') {
    const user = world.userByUsername(wanted.username);
    if (user) svg = avatarSvg(user);
  } else if (wanted?.kind === 'picture') {
    const media = world.media(wanted.mediaKey);
    if (media) svg = pictureSvg(media);
  }
  if (svg === undefined) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
    return;
  }
  res.writeHead(200, { ...HEADERS, 'content-length': Buffer.byteLength(svg) });
  res.end(svg);
}
