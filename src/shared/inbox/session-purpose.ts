/**
 * The purpose of an "Answer the inbox" focus session: its summary lists the conversations
 * answered and done in it. Plain values, no zod, for the renderer.
 */
export const INBOX_SESSION_PURPOSE = 'Answer the inbox';
