/**
 * Moderator actions on one shared lesson, shared by the moderation page and the moderation API:
 * save an edit, approve (optionally with an edit), reject. Edits are validated like proposals.
 */
import { validateProposal, type ProposalField, type ProposalInput } from './lesson-proposal';
import type { SharedLessons } from './shared-lessons';

export type ModerationAction = 'opslaan' | 'goedkeuren' | 'afwijzen';
export const moderationActions: readonly ModerationAction[] = ['opslaan', 'goedkeuren', 'afwijzen'];

export type ModerationOutcome =
  | { kind: 'done'; message: string }
  | { kind: 'not-found' }
  | { kind: 'invalid'; errors: Partial<Record<ProposalField, string>> };

/**
 * Runs `action` on lesson `id`. For "opslaan" and "goedkeuren" an `edit` (all lesson fields) replaces the text
 * first; without an edit "goedkeuren" publishes the lesson as it is.
 */
export async function moderate(
  lessons: SharedLessons,
  id: string,
  action: ModerationAction,
  edit: ProposalInput | undefined,
  regionIds: ReadonlySet<string>,
): Promise<ModerationOutcome> {
  const lesson = await lessons.get(id);
  if (!lesson || lesson.status !== 'wacht') return { kind: 'not-found' };
  if (action === 'afwijzen') {
    await lessons.reject(id);
    return { kind: 'done', message: `De les "${lesson.title}" is afgewezen en verwijderd.` };
  }
  if (edit) {
    // The contact e-mail is not editable and the honeypot does not apply to moderators.
    const result = validateProposal({ ...edit, website: '', email: '' }, regionIds);
    if (!result.ok) return { kind: 'invalid', errors: result.errors };
    if (result.isSpam) return { kind: 'not-found' };
    await lessons.update(id, result.proposal);
  }
  if (action === 'goedkeuren') {
    await lessons.approve(id);
    return { kind: 'done', message: `De les "${edit ? String(edit.titel ?? lesson.title) : lesson.title}" is goedgekeurd en staat nu op het portaal.` };
  }
  return { kind: 'done', message: 'De wijzigingen zijn opgeslagen.' };
}
