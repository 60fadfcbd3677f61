/**
 * Validation of a lesson a region proposes through "Deel een les". One function for the HTML form and the
 * JSON API, so both give the same Dutch message per field. Nothing is stored unless every field is valid.
 */
import { flowStages } from '../../schemas/facets';
import type { ThemeKey } from './lesson-list';

export interface LessonProposal {
  title: string;
  regionId: string;
  themes: ThemeKey[];
  /** When it happened, in the region's own words ("voorjaar 2026"); optional. */
  period: string;
  tried: string;
  happened: string;
  learned: string;
  /** Optional; kept only until a moderator reviews the lesson. */
  contactEmail: string;
}

export type ProposalField = keyof LessonProposal;

/** Field names as they appear in the form and the JSON body. */
export const proposalFieldNames = {
  title: 'titel',
  regionId: 'regio',
  themes: 'themas',
  period: 'periode',
  tried: 'geprobeerd',
  happened: 'gebeurd',
  learned: 'geleerd',
  contactEmail: 'email',
} as const satisfies Record<ProposalField, string>;

/** The hidden field that people never fill in; bots that fill every field reveal themselves here. */
export const honeypotFieldName = 'website';

export const proposalLimits = {
  title: { min: 5, max: 120 },
  period: { max: 60 },
  text: { min: 20, max: 3000 },
  email: { max: 254 },
} as const;

export type ProposalInput = Record<string, string | string[] | undefined>;

export type ProposalResult =
  | { ok: true; proposal: LessonProposal; isSpam: false }
  | { ok: true; proposal: undefined; isSpam: true }
  | { ok: false; errors: Partial<Record<ProposalField, string>>; values: Partial<Record<ProposalField, string | string[]>> };

/** Collapses runs of spaces and strips control characters (keeping line breaks in long texts). */
function clean(value: string, multiline: boolean): string {
  // eslint-disable-next-line no-control-regex
  const withoutControls = value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').replace(/\r\n?/g, '\n');
  return multiline ? withoutControls.replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim() : withoutControls.replace(/\s+/g, ' ').trim();
}

function single(value: string | string[] | undefined): string {
  if (Array.isArray(value)) return value[0] ?? '';
  return value ?? '';
}

function list(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

const emailPattern = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;

/**
 * Checks a proposal. `regionIds` are the regions a lesson may belong to. A filled-in honeypot gives
 * `isSpam`, which callers answer like a success without storing anything, so bots learn nothing.
 */
export function validateProposal(input: ProposalInput, regionIds: ReadonlySet<string>): ProposalResult {
  if (single(input[honeypotFieldName]).trim() !== '') return { ok: true, proposal: undefined, isSpam: true };

  const errors: Partial<Record<ProposalField, string>> = {};
  const title = clean(single(input[proposalFieldNames.title]), false);
  const regionId = single(input[proposalFieldNames.regionId]).trim();
  const rawThemes = list(input[proposalFieldNames.themes]).map((theme) => theme.trim());
  const period = clean(single(input[proposalFieldNames.period]), false);
  const tried = clean(single(input[proposalFieldNames.tried]), true);
  const happened = clean(single(input[proposalFieldNames.happened]), true);
  const learned = clean(single(input[proposalFieldNames.learned]), true);
  const contactEmail = single(input[proposalFieldNames.contactEmail]).trim().toLowerCase();

  if (title.length < proposalLimits.title.min) errors.title = `Geef de les een titel van minstens ${proposalLimits.title.min} tekens.`;
  else if (title.length > proposalLimits.title.max) errors.title = `De titel mag hoogstens ${proposalLimits.title.max} tekens lang zijn.`;

  if (!regionId) errors.regionId = 'Kies de regio waar de les is geleerd.';
  else if (!regionIds.has(regionId)) errors.regionId = 'Kies een regio uit de lijst.';

  const themes = [...new Set(rawThemes)];
  if (themes.length === 0) errors.themes = 'Kies minstens één thema.';
  else if (themes.some((theme) => !(theme in flowStages))) errors.themes = 'Kies alleen thema\'s uit de lijst.';

  if (period.length > proposalLimits.period.max) errors.period = `De periode mag hoogstens ${proposalLimits.period.max} tekens lang zijn.`;

  const texts = [
    ['tried', tried, 'Beschrijf wat is geprobeerd'],
    ['happened', happened, 'Beschrijf wat er gebeurde'],
    ['learned', learned, 'Beschrijf wat anderen ervan kunnen leren'],
  ] as const;
  for (const [field, text, ask] of texts) {
    if (text.length < proposalLimits.text.min) errors[field] = `${ask}, in minstens ${proposalLimits.text.min} tekens.`;
    else if (text.length > proposalLimits.text.max) errors[field] = `Deze tekst mag hoogstens ${proposalLimits.text.max} tekens lang zijn.`;
  }

  if (contactEmail && (contactEmail.length > proposalLimits.email.max || !emailPattern.test(contactEmail))) {
    errors.contactEmail = 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl, of laat het veld leeg.';
  }

  if (Object.keys(errors).length > 0) {
    return { ok: false, errors, values: { title, regionId, themes, period, tried, happened, learned, contactEmail } };
  }
  return {
    ok: true,
    isSpam: false,
    proposal: { title, regionId, themes: themes as ThemeKey[], period, tried, happened, learned, contactEmail },
  };
}

/** Form data or a JSON body as the plain input `validateProposal` reads. Unknown keys are ignored there. */
export function formDataToInput(form: FormData): ProposalInput {
  const input: ProposalInput = {};
  for (const key of new Set(form.keys())) {
    const values = form.getAll(key).filter((value): value is string => typeof value === 'string');
    input[key] = values.length === 1 ? values[0] : values;
  }
  return input;
}

export function jsonToInput(body: unknown): ProposalInput | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const input: ProposalInput = {};
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'string') input[key] = value;
    else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) input[key] = value as string[];
  }
  return input;
}
