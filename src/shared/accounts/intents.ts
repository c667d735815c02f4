/**
 * X's web intents: what the UI offers, in the system browser, where the API forbids an action
 * (a reply to an author who did not summon the account, likes and quotes on a self-serve app).
 */
const INTENT_BASE = 'https://x.com/intent';

const intent = (kind: string, params: Record<string, string>) =>
  `${INTENT_BASE}/${kind}?${new URLSearchParams(params).toString()}`;

export const postUrl = (username: string, postId: string) =>
  `https://x.com/${encodeURIComponent(username)}/status/${encodeURIComponent(postId)}`;

export const intents = {
  post: (text: string) => intent('post', { text }),
  reply: (postId: string, text = '') =>
    intent('post', { in_reply_to: postId, ...(text ? { text } : {}) }),
  quote: (username: string, postId: string) => intent('post', { url: postUrl(username, postId) }),
  repost: (postId: string) => intent('retweet', { tweet_id: postId }),
  like: (postId: string) => intent('like', { tweet_id: postId }),
};
