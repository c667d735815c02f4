/** The simulated world's records, stored as the simulator keeps them (not as X renders them). */

export type Role = 'brand' | 'owner' | 'customer' | 'lead' | 'peer' | 'friend';

export interface SimUser {
  id: string;
  username: string;
  name: string;
  role: Role;
  description: string;
  location?: string;
  url?: string;
  createdAt: number;
  verified: boolean;
  verifiedType: 'blue' | 'business' | 'none';
  protected: boolean;
  followersCount: number;
  followingIds: string[];
  listedCount: number;
  likeCount: number;
  /** A path on the simulator's own origin (the answer adds the origin): demo mode stays on the machine. */
  profileImageUrl: string;
  /** The language this person usually posts in. */
  lang: string;
}

/** Its urls are paths on the simulator's own origin, which the answer adds. */
export interface SimMedia {
  key: string;
  type: 'photo' | 'video' | 'animated_gif';
  url?: string;
  previewImageUrl?: string;
  width: number;
  height: number;
  altText?: string;
  durationMs?: number;
  viewCount?: number;
  variants?: Array<{ bit_rate?: number; content_type: string; url: string }>;
}

export interface MentionEntity {
  start: number;
  end: number;
  username: string;
  id?: string;
}
export interface TagEntity {
  start: number;
  end: number;
  tag: string;
}
export interface UrlEntity {
  start: number;
  end: number;
  url: string;
  expanded_url: string;
  display_url: string;
  media_key?: string;
  status?: number;
  title?: string;
  description?: string;
  unwound_url?: string;
}
export interface SimEntities {
  mentions: MentionEntity[];
  hashtags: TagEntity[];
  cashtags: TagEntity[];
  urls: UrlEntity[];
}

export type ReferenceType = 'retweeted' | 'quoted' | 'replied_to';

export interface SimPost {
  id: string;
  idNum: bigint;
  authorId: string;
  text: string;
  createdAt: number;
  lang: string;
  conversationId: string;
  inReplyToUserId?: string;
  references: Array<{ type: ReferenceType; id: string }>;
  entities: SimEntities;
  mediaKeys: string[];
  /** Where the text starts after the leading @mentions of a reply (code points). */
  displayStart: number;
  /** How popular the post gets; likes and impressions grow towards these over a day. */
  likeTarget: number;
  impressionTarget: number;
  origin: 'world' | 'api' | 'injected';
  deleted: boolean;
}

export interface SimList {
  id: string;
  name: string;
  description: string;
  ownerId: string;
  memberIds: string[];
  createdAt: number;
  followerCount: number;
  private: boolean;
}
