/**
 * Where the simulator serves its own pictures: paths on its loopback origin, which the API's
 * answers make absolute. Demo mode then shows pictures without a request off the machine.
 */
export const MEDIA_PREFIX = '/media/';

export const avatarPath = (username: string) =>
  `${MEDIA_PREFIX}avatars/${encodeURIComponent(username)}.svg`;

export const picturePath = (mediaKey: string) =>
  `${MEDIA_PREFIX}pictures/${encodeURIComponent(mediaKey)}.svg`;

/** Videos are not served (the app shows their picture and links out), but stay on the machine. */
export const videoPath = (code: string, ext: 'mp4' | 'm3u8') =>
  `${MEDIA_PREFIX}videos/${encodeURIComponent(code)}.${ext}`;

export type MediaRequest =
  { kind: 'avatar'; username: string } | { kind: 'picture'; mediaKey: string };

/** What a media path asks for, or undefined for anything else (videos included). */
export function parseMediaPath(pathname: string): MediaRequest | undefined {
  const m = /^\/media\/(avatars|pictures)\/([A-Za-z0-9_]{1,40})\.svg$/.exec(pathname);
  if (!m) return undefined;
  return m[1] === 'avatars'
    ? { kind: 'avatar', username: m[2]! }
    : { kind: 'picture', mediaKey: m[2]! };
}
