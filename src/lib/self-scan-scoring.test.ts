import { describe, expect, it } from 'vitest';
import {
  assertValidDefinition,
  bandFor,
  computeProfile,
  decodeShareFragment,
  decodeStoredProgress,
  encodeShareFragment,
  encodeStoredProgress,
  parseFormAnswers,
  profileToCsv,
  profileToJson,
  visibleItemIds,
  type Answers,
  type ScanDefinition,
} from './self-scan-scoring';

const bands = [
  { from: 0, label: 'Beginnend', advice: 'Begin bij de basis.', links: [{ label: 'Zo start je als regio', href: '/handboek/zo-start-je-als-regio/' }] },
  { from: 40, label: 'Op weg', advice: 'Bouw verder.', links: [] },
  { from: 75, label: 'Gevorderd', advice: 'Deel wat werkt.', links: [] },
];

const scan: ScanDefinition = {
  id: 'proef',
  title: 'Proefscan',
  dimensions: [
    { id: 'bestuur', title: 'Bestuur', bands },
    { id: 'data', title: 'Data', bands },
    { id: 'samen', title: 'Samenwerking', bands },
  ],
  items: [
    { id: 'commitment', dimension: 'bestuur', text: 'Is er bestuurlijk commitment?', type: 'ja-deels-nee', weight: 1 },
    { id: 'plan', dimension: 'bestuur', text: 'Er is een programmaplan.', type: 'eens-oneens-5', weight: 3, showIf: { item: 'commitment', equals: 'ja' } },
    { id: 'plan-vastgesteld', dimension: 'bestuur', text: 'Is het plan vastgesteld?', type: 'ja-deels-nee', weight: 1, showIf: { item: 'plan', equals: 'helemaal-eens' } },
    {
      id: 'bronnen',
      dimension: 'data',
      text: 'Welke gegevens gebruikt de regio?',
      type: 'meervoudig',
      weight: 1,
      options: [
        { value: 'ijw', label: 'iJw-berichten', score: 1 },
        { value: 'aanbieders', label: 'Wachtlijsten van aanbieders', score: 1 },
        { value: 'geen', label: 'Geen', score: 0 },
      ],
    },
    {
      id: 'frequentie',
      dimension: 'data',
      text: 'Hoe vaak kijkt de regio naar de cijfers?',
      type: 'enkelvoudig',
      weight: 1,
      options: [
        { value: 'nooit', label: 'Nooit', score: 0 },
        { value: 'jaarlijks', label: 'Jaarlijks', score: 1 },
        { value: 'maandelijks', label: 'Maandelijks', score: 4 },
      ],
    },
    { id: 'overleg', dimension: 'samen', text: 'Er is overleg met aanbieders.', type: 'eens-oneens-5', weight: 1 },
    { id: 'verwijzers', dimension: 'samen', text: 'Verwijzers zijn betrokken.', type: 'eens-oneens-5', weight: 1 },
  ],
  recommendation: {
    question: 'Welke leerroute past?',
    dimensions: ['bestuur', 'samen'],
    options: [
      { from: 0, label: 'Oriëntatie', reason: 'De basis ontbreekt nog.' },
      { from: 60, label: 'Volledig traject', reason: 'De randvoorwaarden staan.' },
    ],
  },
};

const lowest: Answers = { commitment: 'nee', bronnen: ['geen'], frequentie: 'nooit', overleg: 'helemaal-oneens', verwijzers: 'helemaal-oneens' };
const highest: Answers = {
  commitment: 'ja',
  plan: 'helemaal-eens',
  'plan-vastgesteld': 'ja',
  bronnen: ['ijw', 'aanbieders', 'geen'],
  frequentie: 'maandelijks',
  overleg: 'helemaal-eens',
  verwijzers: 'helemaal-eens',
};

const pick = (answers: Answers) =>
  computeProfile(scan, answers).dimensions.map(({ id, percentage, answered, unanswered, hidden, band }) => ({ id, percentage, answered, unanswered, hidden, band: band?.label ?? null }));

describe('computeProfile', () => {
  it.each([
    {
      name: 'no answers: every score empty, conditional items hidden',
      answers: {},
      expected: [
        { id: 'bestuur', percentage: null, answered: 0, unanswered: 1, hidden: 2, band: null },
        { id: 'data', percentage: null, answered: 0, unanswered: 2, hidden: 0, band: null },
        { id: 'samen', percentage: null, answered: 0, unanswered: 2, hidden: 0, band: null },
      ],
    },
    {
      name: 'all lowest answers: 0 % and the lowest band; the hidden follow-up items are not counted',
      answers: lowest,
      expected: [
        { id: 'bestuur', percentage: 0, answered: 1, unanswered: 0, hidden: 2, band: 'Beginnend' },
        { id: 'data', percentage: 0, answered: 2, unanswered: 0, hidden: 0, band: 'Beginnend' },
        { id: 'samen', percentage: 0, answered: 2, unanswered: 0, hidden: 0, band: 'Beginnend' },
      ],
    },
    {
      name: 'all highest answers: 100 % and the highest band',
      answers: highest,
      expected: [
        { id: 'bestuur', percentage: 100, answered: 3, unanswered: 0, hidden: 0, band: 'Gevorderd' },
        { id: 'data', percentage: 100, answered: 2, unanswered: 0, hidden: 0, band: 'Gevorderd' },
        { id: 'samen', percentage: 100, answered: 2, unanswered: 0, hidden: 0, band: 'Gevorderd' },
      ],
    },
    {
      name: 'weights: "ja" (weight 1, 100 %) and "helemaal oneens" on the plan (weight 3, 0 %) make 25 %',
      answers: { commitment: 'ja', plan: 'helemaal-oneens' },
      expected: [
        { id: 'bestuur', percentage: 25, answered: 2, unanswered: 0, hidden: 1, band: 'Beginnend' },
        { id: 'data', percentage: null, answered: 0, unanswered: 2, hidden: 0, band: null },
        { id: 'samen', percentage: null, answered: 0, unanswered: 2, hidden: 0, band: null },
      ],
    },
    {
      name: 'unanswered items are left out of the score: one "eens" answer alone is 75 %',
      answers: { overleg: 'eens' },
      expected: [
        { id: 'bestuur', percentage: null, answered: 0, unanswered: 1, hidden: 2, band: null },
        { id: 'data', percentage: null, answered: 0, unanswered: 2, hidden: 0, band: null },
        { id: 'samen', percentage: 75, answered: 1, unanswered: 1, hidden: 0, band: 'Gevorderd' },
      ],
    },
    {
      name: 'an answer to a hidden item does not count (condition not met)',
      answers: { commitment: 'nee', plan: 'helemaal-eens', 'plan-vastgesteld': 'ja' },
      expected: [
        { id: 'bestuur', percentage: 0, answered: 1, unanswered: 0, hidden: 2, band: 'Beginnend' },
        { id: 'data', percentage: null, answered: 0, unanswered: 2, hidden: 0, band: null },
        { id: 'samen', percentage: null, answered: 0, unanswered: 2, hidden: 0, band: null },
      ],
    },
    {
      name: 'multiple choice adds option scores; a single choice scores against its best option',
      answers: { bronnen: ['ijw'], frequentie: 'jaarlijks' },
      expected: [
        { id: 'bestuur', percentage: null, answered: 0, unanswered: 1, hidden: 2, band: null },
        { id: 'data', percentage: 38, answered: 2, unanswered: 0, hidden: 0, band: 'Beginnend' },
        { id: 'samen', percentage: null, answered: 0, unanswered: 2, hidden: 0, band: null },
      ],
    },
  ])('$name', ({ answers, expected }) => {
    expect(pick(answers as Answers)).toEqual(expected);
  });

  it('hides a follow-up item when the item it depends on is itself hidden', () => {
    expect([...visibleItemIds(scan, { commitment: 'nee', plan: 'helemaal-eens' })]).not.toContain('plan-vastgesteld');
    expect([...visibleItemIds(scan, { commitment: 'ja', plan: 'helemaal-eens' })]).toContain('plan-vastgesteld');
  });

  it('gives the advice of the three lowest dimensions as next steps, ties in scan order', () => {
    const profile = computeProfile(scan, { commitment: 'deels', bronnen: ['ijw'], frequentie: 'nooit', overleg: 'neutraal', verwijzers: 'neutraal' });
    // bestuur 50 %, data 25 %, samen 50 %: data first, then bestuur before samen (scan order).
    expect(profile.nextSteps.map((step) => [step.dimension, step.percentage, step.band])).toEqual([
      ['data', 25, 'Beginnend'],
      ['bestuur', 50, 'Op weg'],
      ['samen', 50, 'Op weg'],
    ]);
    expect(profile.nextSteps[0]!.links).toEqual(bands[0]!.links);
  });

  it('recommends from the average of the named dimensions', () => {
    expect(computeProfile(scan, lowest).recommendation).toMatchObject({ label: 'Oriëntatie', percentage: 0 });
    expect(computeProfile(scan, highest).recommendation).toMatchObject({ label: 'Volledig traject', percentage: 100 });
    expect(computeProfile(scan, {}).recommendation).toBeNull();
  });
});

describe('bandFor', () => {
  it.each([
    [0, 'Beginnend'],
    [39, 'Beginnend'],
    [40, 'Op weg'],
    [74, 'Op weg'],
    [75, 'Gevorderd'],
    [100, 'Gevorderd'],
  ])('puts %i %% in band "%s" (a band starts exactly at its "from")', (percentage, label) => {
    expect(bandFor(bands, percentage)?.label).toBe(label);
  });
});

describe('assertValidDefinition', () => {
  it('accepts the test scan', () => {
    expect(() => assertValidDefinition(scan)).not.toThrow();
  });

  it.each([
    ['an unknown item in a condition', { item: 'bestaat-niet', equals: 'ja' }, 'verwijst naar "bestaat-niet"'],
    ['a value the item does not have', { item: 'commitment', equals: 'misschien' }, 'kent dat antwoord niet'],
  ])('rejects %s', (_, showIf, message) => {
    const broken = { ...scan, items: scan.items.map((item) => (item.id === 'plan' ? { ...item, showIf } : item)) };
    expect(() => assertValidDefinition(broken)).toThrow(message);
  });

  it('rejects a recommendation over an unknown dimension', () => {
    const broken = { ...scan, recommendation: { ...scan.recommendation!, dimensions: ['onbekend'] } };
    expect(() => assertValidDefinition(broken)).toThrow('onbekende dimensie "onbekend"');
  });
});

describe('share link', () => {
  it.each([
    ['no answers', {}],
    ['all lowest', lowest],
    ['all highest', highest],
    ['a partial set', { commitment: 'deels', bronnen: ['aanbieders'], verwijzers: 'eens' }],
  ])('round-trips %s', (_, answers: Answers) => {
    const fragment = encodeShareFragment(scan, answers, 'Gemeente A');
    expect(decodeShareFragment(scan, `https://example.org/zelfscans/proef/#${fragment}`)).toEqual({ ok: true, value: { answers, name: 'Gemeente A' } });
  });

  it('is compact: one short token per item', () => {
    expect(encodeShareFragment(scan, highest)).toBe('zelfscan=v1.0.4.0.7.2.4.4');
  });

  it.each([
    ['no answers at all', 'https://example.org/zelfscans/proef/', 'Deze link bevat geen antwoorden van een zelfscan.'],
    ['an unknown version', '#zelfscan=v9.0.0.0.0.0.0.0', 'Deze link komt uit een versie van de zelfscan die dit portaal niet kent ("v9").'],
    ['too few answers', '#zelfscan=v1.0.1', 'Deze link past niet bij de zelfscan "Proefscan": hij bevat 2 antwoorden, de zelfscan heeft 7 vragen.'],
    ['an option that does not exist', '#zelfscan=v1.9......', 'Het antwoord op vraag 1 in de link is ongeldig.'],
    ['an impossible multiple-choice mask', '#zelfscan=v1....8...', 'Het antwoord op vraag 4 in de link is ongeldig.'],
    ['characters that are no token', '#zelfscan=v1.%3Cb%3E......', 'Het antwoord op vraag 1 in de link is ongeldig.'],
  ])('rejects %s with a Dutch message', (_, link, message) => {
    expect(decodeShareFragment(scan, link)).toEqual({ ok: false, errors: [message] });
  });
});

describe('stored progress', () => {
  it('round-trips answers and step, and drops answers that no longer fit the scan', () => {
    const stored = encodeStoredProgress({ answers: { ...highest, weg: 'ja', overleg: 'misschien' }, step: 2 });
    const { overleg: _dropped, ...kept } = highest;
    expect(decodeStoredProgress(scan, stored)).toEqual({ answers: kept, step: 2 });
  });

  it.each([null, '', 'geen json', '{"version":2,"answers":{}}'])('ignores %j', (stored) => {
    expect(decodeStoredProgress(scan, stored)).toBeNull();
  });
});

describe('parseFormAnswers', () => {
  it('reads radios and checkboxes', () => {
    const result = parseFormAnswers(scan, [
      ['commitment', 'ja'],
      ['bronnen', 'ijw'],
      ['bronnen', 'aanbieders'],
    ]);
    expect(result).toEqual({ ok: true, value: { commitment: 'ja', bronnen: ['ijw', 'aanbieders'] } });
  });

  it('rejects unknown items, unknown values and two answers to one question, in Dutch', () => {
    const result = parseFormAnswers(scan, [
      ['onbekend', 'ja'],
      ['commitment', 'misschien'],
      ['overleg', 'eens'],
      ['overleg', 'oneens'],
    ]);
    expect(result).toEqual({
      ok: false,
      errors: [
        'Onbekende vraag "onbekend".',
        '"misschien" is geen geldig antwoord op de vraag "Is er bestuurlijk commitment?".',
        'Bij de vraag "Er is overleg met aanbieders." past maar één antwoord.',
      ],
    });
  });
});

describe('export', () => {
  it('writes a CSV with one row per dimension, separated by semicolons', () => {
    const csv = profileToCsv(computeProfile(scan, { commitment: 'deels', overleg: 'eens' }));
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFdimensie;score (%);niveau;advies;beantwoord;niet beantwoord;niet van toepassing',
      'Bestuur;50;Op weg;Bouw verder.;1;0;2',
      'Data;;;;0;2;0',
      'Samenwerking;75;Gevorderd;Deel wat werkt.;1;1;0',
      '',
    ]);
  });

  it('writes JSON with scores, next steps and the answers', () => {
    const json = JSON.parse(profileToJson(scan, computeProfile(scan, highest), highest));
    expect(json.zelfscan).toBe('proef');
    expect(json.dimensies.map((dimension: { score: number }) => dimension.score)).toEqual([100, 100, 100]);
    expect(json.antwoorden).toEqual(highest);
  });
});
