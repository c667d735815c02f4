/** A parsed search query. Leaves carry their 1-based position for error messages. */
export type QueryNode =
  | { type: 'and'; children: QueryNode[] }
  | { type: 'or'; children: QueryNode[] }
  | { type: 'not'; child: QueryNode }
  | { type: 'keyword'; value: string; position: number }
  | { type: 'phrase'; value: string; position: number }
  | { type: 'mention'; username: string; position: number }
  | { type: 'hashtag'; tag: string; position: number }
  | { type: 'cashtag'; tag: string; position: number }
  | { type: 'operator'; name: OperatorName; value: string; position: number };

/** Operators that take a value after the colon, as X's recent search knows them. */
export const VALUE_OPERATORS = [
  'from',
  'to',
  'url',
  'retweets_of',
  'context',
  'entity',
  'conversation_id',
  'list',
  'in_reply_to_tweet_id',
  'retweets_of_tweet_id',
  'quotes_of_tweet_id',
  'place',
  'place_country',
  'point_radius',
  'bounding_box',
  'min_likes',
  'min_replies',
  'min_reposts',
  'lang',
  'is',
  'has',
] as const;
export type OperatorName = (typeof VALUE_OPERATORS)[number];

export const IS_VALUES = ['retweet', 'reply', 'quote', 'verified', 'nullcast'] as const;
export const HAS_VALUES = [
  'links',
  'media',
  'mentions',
  'hashtags',
  'cashtags',
  'images',
  'video_link',
  'geo',
] as const;

/** is:, has: and lang: narrow a query but cannot make one on their own. */
export function isConjunctionRequired(node: QueryNode): boolean {
  return (
    node.type === 'operator' && (node.name === 'is' || node.name === 'has' || node.name === 'lang')
  );
}
