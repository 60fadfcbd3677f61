import { describe, expect, it } from 'vitest';
import { badPayloads, contentQuestionnaires, contentRegions, validPayload } from './test-definitions';
import { formToPayload, validateSubmission } from './validate';

const context = { questionnaires: contentQuestionnaires(), regions: contentRegions() };

describe('validateSubmission', () => {
  it('accepts a complete submission and keeps only what is asked', () => {
    const result = validateSubmission(validPayload({ sleutel: 'abcdefgh-1234' }), context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.submission).toMatchObject({ questionnaire: 'jongeren-12-17', version: 1, region: 'rijnmond', ageBand: '15-17', idempotencyKey: 'abcdefgh-1234' });
    expect(result.submission.answers['steun-iemand']).toBe(4);
    expect(result.submission.freeText).toBeUndefined();
  });

  it('accepts "mijn regio staat er niet bij" and an optional free text apart from the answers', () => {
    const payload = validPayload({ regio: 'niet-in-lijst' });
    (payload.antwoorden as Record<string, unknown>).toelichting = '  Het wachten duurde lang.  ';
    const result = validateSubmission(payload, context);
    expect(result.ok && result.submission.freeText).toBe('Het wachten duurde lang.');
    expect(result.ok && 'toelichting' in result.submission.answers).toBe(false);
  });

  it('has at least 30 bad payloads to check', () => expect(badPayloads.length).toBeGreaterThanOrEqual(30));

  it.each(badPayloads)('rejects $name with a Dutch message on the field', ({ payload, field }) => {
    const result = validateSubmission(payload, context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const error = result.errors.find((candidate) => candidate.field === field);
    expect(error, JSON.stringify(result.errors)).toBeDefined();
    expect(error!.message.length).toBeGreaterThan(10);
  });

  it('reports every problem at once, not only the first', () => {
    const result = validateSubmission(validPayload({ regio: 'atlantis', leeftijd: '99' }), context);
    expect(result.ok ? [] : result.errors.map((error) => error.field)).toEqual(['regio', 'leeftijd']);
  });
});

describe('formToPayload', () => {
  it('turns the no-JavaScript form into the JSON shape', () => {
    const json = validPayload();
    const fields: [string, string][] = [
      ['vragenlijst', 'jongeren-12-17'], ['versie', '1'], ['regio', 'rijnmond'], ['doelgroep', 'mentale-problemen'], ['leeftijd', '15-17'], ['website', ''],
      ...Object.entries(json.antwoorden as Record<string, unknown>).map(([id, value]) => [`antwoord.${id}`, String(value)] as [string, string]),
      ['antwoord.toelichting', ''],
    ];
    const payload = formToPayload(fields, context.questionnaires);
    expect(payload).toEqual(json);
    expect(validateSubmission(payload, context).ok).toBe(true);
  });
});
