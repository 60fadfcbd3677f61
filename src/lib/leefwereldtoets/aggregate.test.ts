import { describe, expect, it } from 'vitest';
import { minimumGroupSize, summariseSelection } from './aggregate';
import { suppress } from './suppression';
import { contentQuestionnaires } from './test-definitions';

const k = 10;
const place = { region: 'rijnmond', month: '2026-11', targetGroup: 'a', ageBand: 'x' };

/** One group of `n` people with these answer counts, summarised for the region as the results API does. */
function summarise(n: number, answerCounts: { item: string; answer: string; n: number }[]) {
  const questionnaire = contentQuestionnaires().get('jongeren-12-17')!;
  const suppression = suppress([{ ...place, n }], k, () => answerCounts.map((count) => ({ ...place, ...count })));
  const filter = { region: 'rijnmond' };
  return summariseSelection(questionnaire, suppression.disclose(filter), answerCounts, suppression.hiddenAnswers(filter), k);
}

describe('minimumGroupSize', () => {
  it('defaults to 10 and never goes below 5', () => {
    expect(minimumGroupSize(undefined)).toBe(10);
    expect(minimumGroupSize('25')).toBe(25);
    expect(minimumGroupSize('2')).toBe(5);
    expect(minimumGroupSize('veel')).toBe(10);
  });
});

describe('the answers of a shown selection', () => {
  it('hides a question\'s small answers plus the next smallest, so the question total cannot give them back', () => {
    const result = summarise(30, [
      { item: 'steun-iemand', answer: '5', n: 20 },
      { item: 'steun-iemand', answer: '4', n: 7 },
      { item: 'steun-iemand', answer: '1', n: 3 },
    ]);
    const answers = result.questions!.find((question) => question.item === 'steun-iemand')!.answers;
    expect(answers.map((answer) => answer.count)).toEqual([null, 0, 0, null, 20]);
  });

  it('hides an optional question whole when 1 to k - 1 people answered it, so its total gives nothing away', () => {
    const result = summarise(30, [
      { item: 'steun-iemand', answer: '5', n: 3 },
      { item: 'wonen-veilig', answer: '4', n: 30 },
    ]);
    const support = result.questions!.find((question) => question.item === 'steun-iemand')!;
    expect(support.answered).toBeNull();
    expect(support.answers.every((answer) => answer.count === null)).toBe(true);
    expect(result.questions!.find((question) => question.item === 'wonen-veilig')!.answered).toBe(30);
    // The support score leaves the hidden question out: with no other support answers there is no score.
    expect(result.domains!.find((domain) => domain.theme === 'steun')).toEqual({ theme: 'steun', score: null });
  });
});
