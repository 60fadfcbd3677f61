/**
 * What happens when someone shares a lesson, independent of HTTP: rate limit, honeypot, validation, store.
 * The form page and the JSON endpoint both call `shareLesson` and only translate the outcome.
 */
import { validateProposal, type ProposalField, type ProposalInput } from './lesson-proposal';
import type { RateLimiter } from './rate-limit';
import type { SharedLessons } from './shared-lessons';

export type ShareOutcome =
  | { kind: 'stored'; id: string }
  /** The honeypot was filled: answered like a success, nothing stored. */
  | { kind: 'ignored' }
  | { kind: 'invalid'; errors: Partial<Record<ProposalField, string>>; values: Partial<Record<ProposalField, string | string[]>> }
  | { kind: 'limited' };

export const rateLimitMessage = 'U heeft kort na elkaar veel lessen verstuurd. Probeer het over een kwartier opnieuw.';

export async function shareLesson(
  input: ProposalInput,
  context: { regionIds: ReadonlySet<string>; clientAddress: string; limiter: RateLimiter; lessons: SharedLessons },
): Promise<ShareOutcome> {
  if (!context.limiter.take(context.clientAddress)) return { kind: 'limited' };
  const result = validateProposal(input, context.regionIds);
  if (!result.ok) return { kind: 'invalid', errors: result.errors, values: result.values };
  if (result.isSpam) return { kind: 'ignored' };
  return { kind: 'stored', id: await context.lessons.propose(result.proposal) };
}

/** The HTTP status for each outcome: 4xx for everything the sender must change, never 5xx for bad input. */
export function statusOf(outcome: ShareOutcome): number {
  switch (outcome.kind) {
    case 'stored':
    case 'ignored':
      return 201;
    case 'invalid':
      return 400;
    case 'limited':
      return 429;
  }
}
