/**
 * Parsing the results query (`?vragenlijst=&regio=&periode=&doelgroep=&leeftijd=`) and writing results as CSV.
 */
import { big5Themes, regionNotListed, type Questionnaire } from './definition';
import type { CountFilter } from './repository';
import { toCsv } from '../csv';
import type { Results } from './results';
import { themeLabel } from './results-view';
import type { FieldError, ValidationContext } from './validate';

export type ResultsQuery = { ok: true; questionnaire: Questionnaire; filter: CountFilter } | { ok: false; errors: FieldError[] };

export function parseResultsQuery(params: URLSearchParams, context: ValidationContext): ResultsQuery {
  const errors: FieldError[] = [];
  const id = params.get('vragenlijst') ?? '';
  const questionnaire = context.questionnaires.get(id);
  if (!id) errors.push({ field: 'vragenlijst', message: 'Kies een vragenlijst.' });
  else if (!questionnaire) errors.push({ field: 'vragenlijst', message: `De vragenlijst "${id}" bestaat niet.` });
  const filter: CountFilter = {};
  const region = params.get('regio') ?? '';
  if (region === regionNotListed.id) {
    errors.push({ field: 'regio', message: 'Antwoorden zonder regio tellen alleen mee in de landelijke cijfers.' });
  } else if (region && !context.regions.some((known) => known.id === region)) {
    errors.push({ field: 'regio', message: `De regio "${region}" kennen we niet.` });
  } else if (region) filter.region = region;
  const period = params.get('periode') ?? '';
  if (period && !/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(period)) errors.push({ field: 'periode', message: 'Geef een periode als jaar (2026) of maand (2026-11).' });
  else if (period) filter.period = period;
  for (const [name, key, choices] of [
    ['doelgroep', 'targetGroup', questionnaire?.targetGroups],
    ['leeftijd', 'ageBand', questionnaire?.ageBands],
  ] as const) {
    const value = params.get(name) ?? '';
    if (!value) continue;
    if (choices && !choices.some((choice) => choice.value === value)) errors.push({ field: name, message: `"${value}" is geen keuze bij ${name}.` });
    else filter[key] = value;
  }
  return errors.length > 0 || !questionnaire ? { ok: false, errors } : { ok: true, questionnaire, filter };
}

/**
 * One row per answer and per Big 5 score, then the scores per period; hidden numbers are empty with
 * "verborgen" in the last column. Semicolons and a byte order mark, as every CSV of the portal (`csv.ts`).
 */
export function resultsToCsv(results: Results): string {
  const rows: (string | number | null)[][] = [];
  for (const [scope, result] of [['selectie', results.selection], ['landelijk', results.national]] as const) {
    if (!result.shown) {
      rows.push([scope, '', '', '', null, `verborgen: ${result.reason}`]);
      continue;
    }
    rows.push([scope, '', 'aantal invullers', '', result.respondents!, '']);
    for (const domain of result.domains!) rows.push([scope, big5Themes[domain.theme], 'score (0-100)', '', domain.score, domain.score === null ? 'verborgen' : '']);
    for (const question of result.questions!) {
      for (const answer of question.answers) rows.push([scope, themeLabel(question.theme), question.text, answer.label, answer.count, answer.count === null ? 'verborgen' : '']);
    }
  }
  for (const period of results.trend.periods) {
    if (!period.shown) {
      rows.push([`periode ${period.period}`, '', '', '', null, `verborgen: ${period.reason}`]);
      continue;
    }
    rows.push([`periode ${period.period}`, '', 'aantal invullers', '', period.respondents!, '']);
    for (const domain of period.domains!) rows.push([`periode ${period.period}`, big5Themes[domain.theme], 'score (0-100)', '', domain.score, domain.score === null ? 'verborgen' : '']);
  }
  return toCsv(['groep', 'thema', 'vraag', 'antwoord', 'aantal', 'opmerking'], rows);
}
