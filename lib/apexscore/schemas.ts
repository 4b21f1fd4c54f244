import * as z from 'zod/mini';
import { codePointLength } from '../text';
import { MAX_NAME_LENGTH, UUID_PATTERN } from './contract';
import { isValidEmail } from './email';

export { ROLES, type Role } from './contract';

export const uuidSchema = z.string().check(z.regex(UUID_PATTERN));

export const roleSchema = z.union([z.literal(0), z.literal(1), z.literal(2)]);

const nameSchema = z.nullable(z.string().check(z.refine((name) => codePointLength(name) <= MAX_NAME_LENGTH)));

/** The POST body, with every rule of the contract. `status` is never sent: a new invitation is pending. */
export const invitationRequestSchema = z.object({
  organization_id: uuidSchema,
  email: z.string().check(z.refine(isValidEmail)),
  first_name: nameSchema,
  last_name: nameSchema,
  role: roleSchema,
  accessible_portfolio_ids: z.array(uuidSchema),
});
export type InvitationRequest = z.infer<typeof invitationRequestSchema>;

// Plain (stripping) objects: unknown keys, and the invitation's own `token`, never leave the client.
const namedRefSchema = z.object({ id: z.string(), name: z.optional(z.nullable(z.string())) });

/**
 * A sent invitation. Only `email` is required: a 2xx answer means the invitation exists, so an
 * answer missing a documented field must still be shown rather than reported as a failure
 * (which would invite the user to send it twice).
 */
export const sentInvitationSchema = z.object({
  id: z.optional(z.string()),
  expiry_date: z.optional(z.nullable(z.string())),
  status: z.optional(z.number()),
  organization: z.optional(z.nullable(namedRefSchema)),
  inviter_member: z.optional(
    z.nullable(
      z.object({
        first_name: z.optional(z.nullable(z.string())),
        last_name: z.optional(z.nullable(z.string())),
        email: z.optional(z.nullable(z.string())),
      }),
    ),
  ),
  email: z.string(),
  first_name: z.optional(z.nullable(z.string())),
  last_name: z.optional(z.nullable(z.string())),
  email_sent: z.optional(z.boolean()),
  role: z.optional(z.number()),
  accessible_portfolios: z.optional(z.array(namedRefSchema)),
});
export type SentInvitation = z.infer<typeof sentInvitationSchema>;

export const invitationResponseSchema = z.object({
  sent: z.array(sentInvitationSchema),
  // The shape of a failed entry is not documented: keep it whole.
  failed: z.array(z.unknown()),
});
export type InvitationResponse = z.infer<typeof invitationResponseSchema>;
