/**
 * The shape of a leefwereldtoets questionnaire (content in `content/leefwereldtoets/*.yaml`), the fixed
 * five-point scale, the themes (the Big 5 of seed 003 section 4.2 plus the other topics) and the structural
 * rules a field-by-field schema cannot express. Plain TypeScript: used by the content model, validation,
 * aggregation and the pages.
 */
export const big5Themes = {
  steun: 'Steun',
  wonen: 'Wonen',
  'school-en-werk': 'School en werk',
  inkomen: 'Inkomen',
  welzijn: 'Welzijn',
} as const;

export const otherThemes = {
  'hulp-past': 'De hulp en je leven',
  wachten: 'Wachten op hulp',
  meebeslissen: 'Gehoord worden en meebeslissen',
  'wat-helpt': 'Wat zou helpen',
} as const;

export type Big5Theme = keyof typeof big5Themes;
export type Theme = Big5Theme | keyof typeof otherThemes;
export const themeIds = [...Object.keys(big5Themes), ...Object.keys(otherThemes)] as [Theme, ...Theme[]];
export const isBig5 = (theme: string): theme is Big5Theme => theme in big5Themes;

/** The one scale used by every `schaal-5` item; 1 is the worst, 5 the best answer. */
export const fivePointScale = [
  { value: 1, label: 'Nee, helemaal niet' },
  { value: 2, label: 'Meestal niet' },
  { value: 3, label: 'Soms wel, soms niet' },
  { value: 4, label: 'Meestal wel' },
  { value: 5, label: 'Ja, helemaal' },
] as const;

/** The region choice for respondents whose region is not listed: counted in national figures only. */
export const regionNotListed = { id: 'niet-in-lijst', label: 'Mijn regio staat er niet bij' } as const;

export interface Choice {
  value: string;
  label: string;
}

export interface QuestionnaireItem {
  id: string;
  text: string;
  hint?: string;
  type: 'keuze' | 'schaal-5' | 'open';
  /** Allowed answers of a `keuze` item. */
  options?: Choice[];
  required: boolean;
  theme: Theme;
}

export interface QuestionnaireStep {
  title: string;
  items: QuestionnaireItem[];
}

export interface Questionnaire {
  id: string;
  title: string;
  version: number;
  intro: string;
  minutes: number;
  targetGroups: Choice[];
  ageBands: Choice[];
  steps: QuestionnaireStep[];
}

export interface Region {
  id: string;
  name: string;
}

/** Everything a client needs to show and submit a questionnaire (the JSON of `/vragenlijsten/<id>`). */
export interface PublishedQuestionnaire extends Questionnaire {
  regions: Region[];
  scale: typeof fivePointScale;
}

export function itemsOf(questionnaire: Pick<Questionnaire, 'steps'>): QuestionnaireItem[] {
  return questionnaire.steps.flatMap((step) => step.items);
}

export interface DefinitionProblem {
  path: (string | number)[];
  message: string;
}

/** Rules across fields: unique item ids, answers for every choice item, at most one free-text item. */
export function findQuestionnaireProblems(definition: Pick<Questionnaire, 'steps' | 'ageBands' | 'targetGroups'>): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const seen = new Set<string>();
  let openItems = 0;
  definition.steps.forEach((step, stepIndex) =>
    step.items.forEach((item, itemIndex) => {
      const path = ['steps', stepIndex, 'items', itemIndex];
      if (seen.has(item.id)) problems.push({ path: [...path, 'id'], message: `Vraag "${item.id}" staat dubbel in de vragenlijst.` });
      seen.add(item.id);
      if (item.type === 'keuze') {
        const values = (item.options ?? []).map((option) => option.value);
        if (values.length < 2) problems.push({ path: [...path, 'options'], message: `Keuzevraag "${item.id}" heeft minstens twee antwoorden nodig.` });
        if (new Set(values).size !== values.length) problems.push({ path: [...path, 'options'], message: `Keuzevraag "${item.id}" heeft een antwoord dubbel.` });
      } else if (item.options) {
        problems.push({ path: [...path, 'options'], message: `Vraag "${item.id}" is geen keuzevraag en heeft geen eigen antwoorden.` });
      }
      if (item.type === 'open') {
        openItems++;
        if (item.required) problems.push({ path: [...path, 'required'], message: `De open vraag "${item.id}" moet vrijwillig zijn.` });
      }
    }),
  );
  if (openItems > 1) problems.push({ path: ['steps'], message: 'Een vragenlijst heeft hoogstens één open vraag.' });
  for (const key of ['ageBands', 'targetGroups'] as const) {
    const values = definition[key].map((choice) => choice.value);
    if (new Set(values).size !== values.length) problems.push({ path: [key], message: `Een keuze in "${key}" staat dubbel.` });
  }
  return problems;
}
