/**
 * The real questionnaires and regions, read straight from `content/` for tests that run outside Astro
 * (the site itself loads them through the content collections).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Questionnaire, Region } from './definition';

const contentDir = path.resolve(import.meta.dirname, '../../../content');

export function contentQuestionnaires(): Map<string, Questionnaire> {
  const dir = path.join(contentDir, 'leefwereldtoets');
  const entries = readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => {
      const data = parseYaml(readFileSync(path.join(dir, file), 'utf8')) as Omit<Questionnaire, 'id'>;
      const steps = data.steps.map((step) => ({ ...step, items: step.items.map((item) => ({ ...item, required: item.required ?? true })) }));
      return [file.replace(/\.yaml$/, ''), { ...data, steps, id: file.replace(/\.yaml$/, '') }] as const;
    });
  return new Map(entries);
}

export function contentRegions(): Region[] {
  const dir = path.join(contentDir, 'regions');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const name = /^name:\s*"?(.+?)"?\s*$/m.exec(readFileSync(path.join(dir, file), 'utf8'))?.[1] ?? file;
      return { id: file.replace(/\.mdx$/, ''), name };
    });
}

/** A complete, valid submission for the 12-17 questionnaire; tests change one thing at a time. */
export function validPayload(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    vragenlijst: 'jongeren-12-17',
    versie: 1,
    regio: 'rijnmond',
    doelgroep: 'mentale-problemen',
    leeftijd: '15-17',
    antwoorden: {
      'steun-iemand': 4,
      'steun-hulpverlener': 3,
      'wonen-veilig': 5,
      'school-gaan': 2,
      'school-past': 3,
      'inkomen-zorgen': 4,
      'welzijn-gevoel': 3,
      'welzijn-vrije-tijd': 4,
      'hulp-past-leven': 3,
      'wachten-duur': '3-tot-6-maanden',
      'wachten-gevolg': 'beetje-slechter',
      gehoord: 4,
      meebeslissen: 2,
      'helpt-meest': 'sneller-hulp',
    },
    ...overrides,
  };
}

const withAnswer = (id: string, value: unknown) => validPayload({ antwoorden: { ...(validPayload().antwoorden as object), [id]: value } });
const withoutAnswer = (id: string) => {
  const answers = { ...(validPayload().antwoorden as Record<string, unknown>) };
  delete answers[id];
  return validPayload({ antwoorden: answers });
};
const without = (field: string) => {
  const payload = validPayload();
  delete payload[field];
  return payload;
};

/** Bad payloads, each with the field whose message must say what is wrong. */
export const badPayloads: { name: string; payload: unknown; field: string }[] = [
  { name: 'array instead of object', payload: [], field: '' },
  { name: 'string instead of object', payload: 'hallo', field: '' },
  { name: 'null', payload: null, field: '' },
  { name: 'number', payload: 42, field: '' },
  { name: 'unknown top-level field', payload: validPayload({ naam: 'Sanne' }), field: 'naam' },
  { name: 'missing questionnaire', payload: without('vragenlijst'), field: 'vragenlijst' },
  { name: 'unknown questionnaire', payload: validPayload({ vragenlijst: 'volwassenen' }), field: 'vragenlijst' },
  { name: 'questionnaire as number', payload: validPayload({ vragenlijst: 7 }), field: 'vragenlijst' },
  { name: 'missing version', payload: without('versie'), field: 'versie' },
  { name: 'version as string', payload: validPayload({ versie: '1' }), field: 'versie' },
  { name: 'old or future version', payload: validPayload({ versie: 99 }), field: 'versie' },
  { name: 'fractional version', payload: validPayload({ versie: 1.5 }), field: 'versie' },
  { name: 'missing region', payload: without('regio'), field: 'regio' },
  { name: 'unknown region', payload: validPayload({ regio: 'atlantis' }), field: 'regio' },
  { name: 'region as array', payload: validPayload({ regio: ['rijnmond'] }), field: 'regio' },
  { name: 'missing target group', payload: without('doelgroep'), field: 'doelgroep' },
  { name: 'unknown target group', payload: validPayload({ doelgroep: 'volwassene' }), field: 'doelgroep' },
  { name: 'missing age band', payload: without('leeftijd'), field: 'leeftijd' },
  { name: 'age band of another questionnaire', payload: validPayload({ leeftijd: '18-22' }), field: 'leeftijd' },
  { name: 'age band as number', payload: validPayload({ leeftijd: 15 }), field: 'leeftijd' },
  { name: 'missing answers', payload: without('antwoorden'), field: 'antwoorden' },
  { name: 'answers as array', payload: validPayload({ antwoorden: [4, 3] }), field: 'antwoorden' },
  { name: 'unknown item', payload: withAnswer('lievelingskleur', 'blauw'), field: 'antwoorden.lievelingskleur' },
  { name: 'scale value too high', payload: withAnswer('steun-iemand', 6), field: 'antwoorden.steun-iemand' },
  { name: 'scale value zero', payload: withAnswer('steun-iemand', 0), field: 'antwoorden.steun-iemand' },
  { name: 'scale value negative', payload: withAnswer('wonen-veilig', -1), field: 'antwoorden.wonen-veilig' },
  { name: 'scale value fractional', payload: withAnswer('wonen-veilig', 2.5), field: 'antwoorden.wonen-veilig' },
  { name: 'scale value as string', payload: withAnswer('gehoord', '4'), field: 'antwoorden.gehoord' },
  { name: 'scale value as boolean', payload: withAnswer('gehoord', true), field: 'antwoorden.gehoord' },
  { name: 'choice not among the options', payload: withAnswer('wachten-duur', '10-jaar'), field: 'antwoorden.wachten-duur' },
  { name: 'choice as number', payload: withAnswer('helpt-meest', 1), field: 'antwoorden.helpt-meest' },
  { name: 'choice as object', payload: withAnswer('helpt-meest', { value: 'sneller-hulp' }), field: 'antwoorden.helpt-meest' },
  { name: 'missing required answer', payload: withoutAnswer('welzijn-gevoel'), field: 'antwoorden.welzijn-gevoel' },
  { name: 'free text as number', payload: withAnswer('toelichting', 12), field: 'antwoorden.toelichting' },
  { name: 'free text too long', payload: withAnswer('toelichting', 'a'.repeat(2001)), field: 'antwoorden.toelichting' },
  { name: 'honeypot filled in', payload: validPayload({ website: 'http://spam.example' }), field: 'website' },
  { name: 'malformed idempotency key', payload: validPayload({ sleutel: 'kort' }), field: 'sleutel' },
];
