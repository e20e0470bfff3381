import { z } from 'zod';
import { HeadDecision } from '../scenario/schema/decisions.js';

/** Largest message a client may send (bytes); the socket closes on anything larger. */
export const MAX_MESSAGE_BYTES = 1024;
/** Longest name a student may give (characters). */
export const MAX_NAME_CHARS = 40;

/** A student's token: 32 hex digits, random, given by the server at join. */
export const Token = z.string().regex(/^[0-9a-f]{32}$/);

// Ranges come from the decision schema: one definition of what a head may decide.
const Choice = HeadDecision.pick({ campaignWeight: true, extraSecondment: true, shared: true, tolerateSlack: true }).required().strict();

const Name = z
  .string()
  .transform((s) => s.normalize('NFC').trim())
  .pipe(
    z
      .string()
      .min(1)
      .max(MAX_NAME_CHARS)
      // No control or formatting characters (bidi overrides, zero-width joiners): a name shows as it reads.
      .refine((s) => !/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(s), 'a name of letters, digits, spaces and punctuation'),
  );

export const StudentMessage = z.discriminatedUnion('t', [
  z.object({ t: z.literal('join'), name: Name }).strict(),
  z.object({ t: z.literal('rejoin'), token: Token }).strict(),
  z.object({ t: z.literal('choose'), week: z.number().int().min(0).max(10_000), choice: Choice }).strict(),
]);
export type StudentMessage = z.infer<typeof StudentMessage>;

export const TeacherMessage = z.discriminatedUnion('t', [
  z.object({ t: z.literal('step') }).strict(),
  z.object({ t: z.literal('pause') }).strict(),
  z.object({ t: z.literal('resume') }).strict(),
  z.object({ t: z.literal('end') }).strict(),
  z.object({ t: z.literal('pace'), seconds: z.number().int().min(0).max(600) }).strict(),
  z.object({ t: z.literal('kick'), token: Token }).strict(),
  z.object({ t: z.literal('move'), token: Token, department: z.string().max(64) }).strict(),
]);
export type TeacherMessage = z.infer<typeof TeacherMessage>;

/** A message as text or bytes, checked; the reason in a few words when it is not acceptable. */
export function parseMessage<T>(schema: z.ZodType<T>, raw: string): { ok: true; msg: T } | { ok: false; reason: string } {
  if (Buffer.byteLength(raw) > MAX_MESSAGE_BYTES) return { ok: false, reason: 'message too large' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const r = schema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    return { ok: false, reason: `${issue.path.join('.') || 'message'}: ${issue.message}` };
  }
  return { ok: true, msg: r.data };
}
