import * as z from 'zod/mini';
import { roleSchema, uuidSchema } from './apexscore/schemas';
import { MAX_BATCH_ROWS } from './batch';
import { settingsSchema } from './settings';

/**
 * The one protocol between the extension's pages and its background. Only the background
 * listens; it parses every message with `messageSchema` and checks the sender before acting.
 */

/** Strips what people paste by accident around a token: spaces and a `Bearer ` prefix. */
export function normalizeToken(raw: string): string {
  return raw.trim().replace(/^Bearer\s+/i, '');
}

// Printable ASCII only: anything else cannot travel in an HTTP header.
export const tokenSchema = z.string().check(z.regex(/^[\x21-\x7E]{8,4096}$/));

const ID = /^[\w-]{1,80}$/;

const person = {
  email: z.string().check(z.maxLength(1000)),
  firstName: z.string().check(z.maxLength(1000)),
  lastName: z.string().check(z.maxLength(1000)),
  role: roleSchema,
  portfolioIds: z.array(uuidSchema).check(z.maxLength(200)),
};

/** One invitation as the background sends it. */
export const sendInviteSchema = z.object({
  /** Made for each try of a row; a repeat of the same id is answered, not sent again. */
  attemptId: z.string().check(z.regex(/^[\w-]{8,200}$/)),
  ...person,
});
export type SendInviteInput = z.infer<typeof sendInviteSchema>;

/** The people of one press of Send, each with its role and portfolios resolved. */
export const sendBatchSchema = z.object({
  batchId: z.string().check(z.regex(ID)),
  rows: z
    .array(z.object({ rowId: z.string().check(z.regex(ID)), ...person }))
    .check(z.minLength(1), z.maxLength(MAX_BATCH_ROWS)),
});

export type SendBatchInput = z.infer<typeof sendBatchSchema>;

export const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('getStatus') }),
  z.object({ type: z.literal('saveToken'), data: z.object({ token: tokenSchema }) }),
  z.object({ type: z.literal('forgetToken') }),
  z.object({ type: z.literal('saveSettings'), data: settingsSchema }),
  z.object({ type: z.literal('checkConnection') }),
  z.object({ type: z.literal('sendBatch'), data: sendBatchSchema }),
  z.object({ type: z.literal('takePrefill') }),
]);
export type Message = z.infer<typeof messageSchema>;
export type MessageType = Message['type'];
