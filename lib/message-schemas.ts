import * as z from 'zod/mini';
import { roleSchema, uuidSchema } from './apexscore/schemas';
import { settingsSchema } from './settings';

/**
 * The one protocol between the extension's pages and its background. Only the background
 * listens; it parses every message with `messageSchema` and checks the sender before acting.
 */

// Printable ASCII only: anything else cannot travel in an HTTP header.
export const tokenSchema = z.string().check(z.regex(/^[\x21-\x7E]{8,4096}$/));

export const sendInviteSchema = z.object({
  /** Made by the form for each press of Send; a repeat of the same id is answered, not sent again. */
  attemptId: z.string().check(z.regex(/^[\w-]{8,64}$/)),
  email: z.string().check(z.maxLength(1000)),
  firstName: z.string().check(z.maxLength(1000)),
  lastName: z.string().check(z.maxLength(1000)),
  role: roleSchema,
  portfolioIds: z.array(uuidSchema).check(z.maxLength(200)),
});
export type SendInviteInput = z.infer<typeof sendInviteSchema>;

export const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('getStatus') }),
  z.object({ type: z.literal('saveToken'), data: z.object({ token: tokenSchema }) }),
  z.object({ type: z.literal('forgetToken') }),
  z.object({ type: z.literal('saveSettings'), data: settingsSchema }),
  z.object({ type: z.literal('checkConnection') }),
  z.object({ type: z.literal('sendInvite'), data: sendInviteSchema }),
  z.object({ type: z.literal('takePrefill') }),
]);
export type Message = z.infer<typeof messageSchema>;
export type MessageType = Message['type'];
