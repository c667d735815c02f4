/** A query X would refuse, with the message X's 400 carries for it. */
export class QueryError extends Error {
  constructor(
    readonly reason: string,
    readonly position?: number,
  ) {
    super(
      `There were errors processing your request: ${reason}` +
        (position === undefined ? '' : ` (at position ${position})`),
    );
  }
}

export const OPERATOR_LIST_URL =
  'https://developer.twitter.com/en/docs/twitter-api/tweets/search/integrate/build-a-query#list';
