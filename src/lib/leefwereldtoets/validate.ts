/**
 * Validates a leefwereldtoets submission against the version of the questionnaire it claims to answer,
 * and turns it into a `Submission`. Every problem comes back as a Dutch message per field, so the JSON API
 * and the no-JavaScript form can both show exactly what to fix. Nothing here touches storage.
 */
import { fivePointScale, itemsOf, regionNotListed, type Questionnaire, type Region } from './definition';

export interface Submission {
  questionnaire: string;
  version: number;
  /** A region id, or `niet-in-lijst` (counted nationally only). */
  region: string;
  targetGroup: string;
  ageBand: string;
  /** Structured answers: item id → scale value (1–5) or choice value. */
  answers: Record<string, number | string>;
  /** The free-text answer, not yet redacted; stored apart from the structured answers. */
  freeText?: string;
  idempotencyKey?: string;
}

export interface FieldError {
  /** `vragenlijst`, `antwoorden.<item id>`, … (the API's own field names); empty for the whole request. */
  field: string;
  message: string;
}

export type ValidationResult = { ok: true; submission: Submission } | { ok: false; errors: FieldError[] };

export const maxFreeTextLength = 2000;
/** The honeypot: a field people never see; a filled-in value means a bot. */
export const honeypotField = 'website';
const knownFields = new Set(['vragenlijst', 'versie', 'regio', 'doelgroep', 'leeftijd', 'antwoorden', 'sleutel', honeypotField]);

export interface ValidationContext {
  questionnaires: ReadonlyMap<string, Questionnaire>;
  regions: readonly Region[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function validateSubmission(payload: unknown, context: ValidationContext): ValidationResult {
  if (!isPlainObject(payload)) return fail('', 'Stuur de antwoorden als één JSON-object.');
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });

  for (const field of Object.keys(payload)) {
    if (!knownFields.has(field)) add(field, `Het veld "${field}" kennen we niet.`);
  }
  if (payload[honeypotField] !== undefined && payload[honeypotField] !== '') {
    add(honeypotField, 'Dit veld moet leeg blijven.');
  }

  const questionnaireId = payload.vragenlijst;
  const questionnaire = typeof questionnaireId === 'string' ? context.questionnaires.get(questionnaireId) : undefined;
  if (questionnaireId === undefined || questionnaireId === '') add('vragenlijst', 'Kies een vragenlijst.');
  else if (typeof questionnaireId !== 'string') add('vragenlijst', 'De vragenlijst moet een tekst zijn.');
  else if (!questionnaire) add('vragenlijst', `De vragenlijst "${questionnaireId}" bestaat niet.`);

  const version = payload.versie;
  if (version === undefined) add('versie', 'De versie van de vragenlijst ontbreekt.');
  else if (typeof version !== 'number' || !Number.isInteger(version)) add('versie', 'De versie moet een heel getal zijn.');
  else if (questionnaire && version !== questionnaire.version) {
    add('versie', `Versie ${version} van deze vragenlijst bestaat niet (meer). Laad de vragenlijst opnieuw; de huidige versie is ${questionnaire.version}.`);
  }

  const region = payload.regio;
  if (region === undefined || region === '') add('regio', 'Kies je regio, of "Mijn regio staat er niet bij".');
  else if (typeof region !== 'string') add('regio', 'De regio moet een tekst zijn.');
  else if (region !== regionNotListed.id && !context.regions.some((known) => known.id === region)) {
    add('regio', `De regio "${region}" kennen we niet. Kies een regio uit de lijst.`);
  }

  const choose = (field: 'doelgroep' | 'leeftijd', choices: { value: string }[] | undefined, missing: string) => {
    const value = payload[field];
    if (value === undefined || value === '') add(field, missing);
    else if (typeof value !== 'string') add(field, 'Dit antwoord moet een tekst zijn.');
    else if (choices && !choices.some((choice) => choice.value === value)) add(field, `"${value}" is geen antwoord dat je hier kunt kiezen.`);
  };
  choose('doelgroep', questionnaire?.targetGroups, 'Kies wat het beste bij je past.');
  choose('leeftijd', questionnaire?.ageBands, 'Kies een leeftijd.');

  const key = payload.sleutel;
  if (key !== undefined && (typeof key !== 'string' || !/^[A-Za-z0-9_-]{8,100}$/.test(key))) {
    add('sleutel', 'De sleutel moet 8 tot 100 letters, cijfers, - of _ zijn.');
  }

  const answers: Record<string, number | string> = {};
  let freeText: string | undefined;
  const given = payload.antwoorden;
  if (given === undefined) add('antwoorden', 'De antwoorden ontbreken.');
  else if (!isPlainObject(given)) add('antwoorden', 'De antwoorden moeten een object zijn: vraag → antwoord.');
  else if (questionnaire) {
    const items = new Map(itemsOf(questionnaire).map((item) => [item.id, item]));
    for (const id of Object.keys(given)) {
      if (!items.has(id)) add(`antwoorden.${id}`, `De vraag "${id}" staat niet in deze vragenlijst.`);
    }
    for (const item of items.values()) {
      const field = `antwoorden.${item.id}`;
      const value = given[item.id];
      if (value === undefined || value === null || value === '') {
        if (item.required) add(field, `Geef een antwoord op de vraag "${item.text}"`);
        continue;
      }
      if (item.type === 'schaal-5') {
        if (typeof value !== 'number' || !Number.isInteger(value)) add(field, 'Dit antwoord moet een heel getal van 1 tot en met 5 zijn.');
        else if (!fivePointScale.some((point) => point.value === value)) add(field, `${value} kan niet: kies een antwoord van 1 tot en met 5.`);
        else answers[item.id] = value;
      } else if (item.type === 'keuze') {
        if (typeof value !== 'string') add(field, 'Dit antwoord moet een tekst zijn.');
        else if (!item.options?.some((option) => option.value === value)) add(field, `"${value}" is geen antwoord dat je bij deze vraag kunt kiezen.`);
        else answers[item.id] = value;
      } else if (typeof value !== 'string') {
        add(field, 'Dit antwoord moet een tekst zijn.');
      } else if (value.length > maxFreeTextLength) {
        add(field, `Je tekst is te lang: gebruik hoogstens ${maxFreeTextLength} tekens.`);
      } else if (value.trim() !== '') {
        freeText = value.trim();
      }
    }
  }

  if (errors.length > 0 || !questionnaire) return { ok: false, errors };
  return {
    ok: true,
    submission: {
      questionnaire: questionnaire.id,
      version: questionnaire.version,
      region: region as string,
      targetGroup: payload.doelgroep as string,
      ageBand: payload.leeftijd as string,
      answers,
      ...(freeText ? { freeText } : {}),
      ...(typeof key === 'string' ? { idempotencyKey: key } : {}),
    },
  };
}

function fail(field: string, message: string): ValidationResult {
  return { ok: false, errors: [{ field, message }] };
}

/**
 * Turns the fields of the no-JavaScript form into the JSON shape: `antwoord.<item id>` fields become
 * `antwoorden`, scale answers become numbers, empty fields are left out (so "required" messages apply).
 */
export function formToPayload(form: Iterable<[string, string]>, questionnaires: ReadonlyMap<string, Questionnaire>): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  const answers: Record<string, unknown> = {};
  for (const [name, value] of form) {
    if (name.startsWith('antwoord.')) {
      if (value !== '') answers[name.slice('antwoord.'.length)] = value;
    } else if (name === 'versie') {
      payload.versie = /^\d+$/.test(value) ? Number(value) : value;
    } else if (value !== '' || name === honeypotField) {
      payload[name] = value;
    }
  }
  const questionnaire = typeof payload.vragenlijst === 'string' ? questionnaires.get(payload.vragenlijst) : undefined;
  for (const item of questionnaire ? itemsOf(questionnaire) : []) {
    const value = answers[item.id];
    if (item.type === 'schaal-5' && typeof value === 'string' && /^\d+$/.test(value)) answers[item.id] = Number(value);
  }
  if (payload[honeypotField] === '') delete payload[honeypotField];
  payload.antwoorden = answers;
  return payload;
}
