/**
 * X's error answers, shaped as X sends them (RFC 7807 problems, with the fields X's OpenAPI
 * document requires for each problem type). Each builder returns the status and the body.
 */
export interface ApiAnswer {
  status: number;
  body: unknown;
  /** Problems go out as application/problem+json, everything else as application/json. */
  problem?: boolean;
  headers?: Record<string, string>;
}

const PROBLEMS = 'https://api.twitter.com/2/problems';

export interface InvalidParameter {
  parameters?: Record<string, string[]>;
  message: string;
}

export function invalidRequest(errors: InvalidParameter[]): ApiAnswer {
  return {
    status: 400,
    problem: true,
    body: {
      errors,
      title: 'Invalid Request',
      detail: 'One or more parameters to your request was invalid.',
      type: `${PROBLEMS}/invalid-request`,
    },
  };
}

function generic(status: number, title: string, detail: string): ApiAnswer {
  return { status, problem: true, body: { title, detail, type: 'about:blank', status } };
}

export const unauthorized = () => generic(401, 'Unauthorized', 'Unauthorized');
export const tooManyRequests = () => generic(429, 'Too Many Requests', 'Too Many Requests');
export const serviceUnavailable = () => generic(503, 'Service Unavailable', 'Service Unavailable');
export const forbidden = (detail: string) => generic(403, 'Forbidden', detail);

/** The 2026 reply rule: a reply through the API needs the original author to have summoned you. */
export const notSummoned = () =>
  forbidden(
    'Reply to this conversation is not allowed because you have not been mentioned or otherwise engaged by the author of the post you are replying to.',
  );

/** Likes and quote posts left the self-serve tiers in April 2026. */
export function clientForbidden(what: string): ApiAnswer {
  return {
    status: 403,
    problem: true,
    body: {
      title: 'Client Forbidden',
      detail: `${what} is not available to self-serve apps. You currently have access to a subset of X API V2 endpoints; to use ${what}, you need Enterprise access. You can learn more here: https://developer.x.com/en/portal/product`,
      type: `${PROBLEMS}/client-forbidden`,
      reason: 'client-not-enrolled',
      registration_url: 'https://developer.x.com/en/portal/product',
      required_enrollment: 'Enterprise',
      status: 403,
    },
  };
}

export function unsupportedAuthentication(used: 'app' | 'user' = 'app'): ApiAnswer {
  return {
    status: 403,
    problem: true,
    body: {
      title: 'Unsupported Authentication',
      detail:
        used === 'app'
          ? 'Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  Supported authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].'
          : 'Authenticating with OAuth 2.0 User Context is forbidden for this endpoint.  Supported authentication types are [OAuth 2.0 Application-Only].',
      type: `${PROBLEMS}/unsupported-authentication`,
      status: 403,
    },
  };
}

/** Pay-per-use accounts with no credits left. */
export function creditsDepleted(accountId: string): ApiAnswer {
  return {
    status: 402,
    problem: true,
    body: {
      title: 'CreditsDepleted',
      detail: `Your enrolled account [${accountId}] does not have any credits to fulfill this request.`,
      type: 'https://api.twitter.com/2/problems/credits',
      account_id: accountId,
      status: 402,
    },
  };
}

export type ResourceType = 'user' | 'tweet' | 'list' | 'media';

/** A lookup miss, as it appears in a 200 answer's errors array. */
export function notFoundError(resourceType: ResourceType, parameter: string, value: string) {
  return {
    value,
    detail: `Could not find ${resourceType} with ${parameter}: [${value}].`,
    title: 'Not Found Error',
    resource_type: resourceType,
    parameter,
    resource_id: value,
    type: `${PROBLEMS}/resource-not-found`,
  };
}

/** A lookup miss as a whole answer: 200 with only an errors array, as X answers single lookups. */
export function notFoundAnswer(
  resourceType: ResourceType,
  parameter: string,
  value: string,
): ApiAnswer {
  return { status: 200, body: { errors: [notFoundError(resourceType, parameter, value)] } };
}

/** Paths X does not serve. */
export function pageNotFound(): ApiAnswer {
  return {
    status: 404,
    body: { errors: [{ message: 'Sorry, that page does not exist', code: 34 }] },
  };
}
