/** The OAuth 2.0 scopes X knows (OpenAPI securitySchemes.OAuth2UserToken). */
export const KNOWN_SCOPES = [
  'block.read',
  'block.write',
  'bookmark.read',
  'bookmark.write',
  'dm.read',
  'dm.write',
  'follows.read',
  'follows.write',
  'like.read',
  'like.write',
  'list.read',
  'list.write',
  'media.write',
  'mute.read',
  'mute.write',
  'offline.access',
  'space.read',
  'timeline.read',
  'tweet.moderate.write',
  'tweet.read',
  'tweet.write',
  'users.read',
] as const;

/** What demo mode and tests get from issueTokens() unless they ask otherwise. */
export const DEFAULT_SCOPES = [
  'tweet.read',
  'tweet.write',
  'users.read',
  'list.read',
  'like.read',
  'like.write',
  'offline.access',
];
