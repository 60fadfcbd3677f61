/**
 * The content model: every collection of the portal, declared in one place.
 * Field groups live in `src/schemas/`. References between entries are typed; whether a reference points
 * at an existing entry is checked when the site content is loaded (`src/lib/content-integrity.ts`),
 * so a broken reference fails `npm run build` with the file and field named.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import {
  actors,
  evidenceStatuses,
  flowStages,
  keysOf,
  levels,
  regionParticipations,
  solutionKinds,
} from './schemas/facets';
import { citedSource, citedSources, pageMeta } from './schemas/page-meta';
import { selfScanFields } from './schemas/self-scan';
import { findDefinitionProblems } from './lib/self-scan-definition';
import { findQuestionnaireProblems, themeIds as leefwereldtoetsThemes } from './lib/leefwereldtoets/definition';

/** Where content lives; tests point this at fixtures to prove broken entries fail the build. */
const contentDir = process.env.CONTENT_DIR ?? './content';

const mdx = (folder: string) => glob({ pattern: '**/*.mdx', base: `${contentDir}/${folder}` });
const yaml = (folder: string) => glob({ pattern: '**/*.yaml', base: `${contentDir}/${folder}` });

/** Source documents the portal draws on (the seeds). */
const sources = defineCollection({
  loader: yaml('sources'),
  schema: z.object({
    title: z.string().min(5),
    shortTitle: z.string().min(3).max(60),
    organisation: z.string().min(2),
    /** ISO date, or only year-month or year where the document gives no more. */
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Gebruik JJJJ, JJJJ-MM of JJJJ-MM-DD.'),
    dateLabel: z.string().min(4),
    kind: z.string().min(3),
    /** The seed file in `content/seeds/` (a copy of `shared/seeds/`) this entry describes. */
    file: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/),
    summary: z.string().min(40),
    sections: z.array(z.string()).default([]),
  }),
});

/**
 * Fixed pages of the portal (section introductions, accessibility statement, privacy statement).
 * `path` says where the page is shown; pages not drawn from a source document may cite none.
 */
const pages = defineCollection({
  loader: mdx('pages'),
  schema: pageMeta.extend({
    path: z.string().regex(/^\/[a-z0-9/-]*\/$/, 'Een pad begint en eindigt met "/".'),
    sources: z.array(citedSource).default([]),
  }),
});

/** Handbook "Wachttijden aanpakken": ordered chapters a region can follow. */
const handbook = defineCollection({
  loader: mdx('handbook'),
  schema: pageMeta.extend({
    /** Position in the handbook; previous/next follow this order. */
    order: z.number().int().positive(),
  }),
});

/** Levers and innovations of the solutions overview. */
const solutions = defineCollection({
  loader: mdx('solutions'),
  schema: pageMeta.extend({
    flow: z.array(z.enum(keysOf(flowStages))).min(1),
    actors: z.array(z.enum(keysOf(actors))).min(1),
    levels: z.array(z.enum(keysOf(levels))).min(1),
    kind: z.enum(keysOf(solutionKinds)),
    evidence: z.enum(keysOf(evidenceStatuses)),
    regions: z.array(reference('regions')).default([]),
    chapters: z.array(reference('handbook')).default([]),
    nietDoen: z.array(reference('nietDoen')).default([]),
  }),
});

/** "Niet doen": what does not work and common pitfalls. */
const nietDoen = defineCollection({
  loader: mdx('niet-doen'),
  schema: pageMeta.extend({
    /** Which list the item belongs to, e.g. "Valkuilen bij de aanpak". */
    list: z.string().min(3),
    instead: z.array(reference('solutions')).default([]),
    chapters: z.array(reference('handbook')).default([]),
  }),
});

/** Quality frameworks (kwaliteitskaders) and what they ask. */
const qualityFrameworks = defineCollection({
  loader: mdx('quality-frameworks'),
  schema: pageMeta.extend({
    owner: z.string().min(2),
    chapters: z.array(reference('handbook')).default([]),
  }),
});

/** Glossary terms (begrippen). */
const glossary = defineCollection({
  loader: yaml('glossary'),
  schema: z.object({
    term: z.string().min(2),
    /** The abbreviation the term is known by ("OZJ"); the remark plugin marks its first use on each page. */
    abbreviation: z.string().min(2).optional(),
    /** Other spellings of the abbreviation ("Nji" beside "NJi", "WLZ" beside "Wlz"). */
    aliases: z.array(z.string().min(2)).default([]),
    definition: z.string().min(20),
    sources: citedSources,
  }),
});

/** Self-scan questionnaires with dimensions, items and advice per score band. */
const selfScans = defineCollection({
  loader: yaml('self-scans'),
  schema: pageMeta.extend(selfScanFields.shape).superRefine((definition, context) => {
    for (const problem of findDefinitionProblems(definition)) {
      context.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    }
  }),
});

const choice = z.object({ value: z.string().regex(/^[a-z0-9-]+$/), label: z.string().min(1) });

const leefwereldtoetsItem = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  text: z.string().min(5),
  hint: z.string().optional(),
  /** keuze: one of `options`; schaal-5: the fixed five-point scale; open: optional free text. */
  type: z.enum(['keuze', 'schaal-5', 'open']),
  options: z.array(choice).optional(),
  required: z.boolean().default(true),
  /** Big 5 domain or other theme this item belongs to. */
  theme: z.enum(leefwereldtoetsThemes),
});

/** Leefwereldtoets questionnaire versions (young people 12-17, 18-27, parents and carers). */
const leefwereldtoets = defineCollection({
  loader: yaml('leefwereldtoets'),
  schema: z
    .object({
      title: z.string().min(5),
      version: z.number().int().positive(),
      audience: z.enum(['jongeren-12-17', 'jongeren-18-27', 'ouders-verzorgers']),
      intro: z.string().min(20),
      minutes: z.number().int().positive().max(10),
      targetGroups: z.array(choice).min(2),
      ageBands: z.array(choice).min(1),
      steps: z.array(z.object({ title: z.string().min(2), items: z.array(leefwereldtoetsItem).min(1) })).min(1),
      sources: citedSources,
    })
    .superRefine((definition, context) => {
      for (const problem of findQuestionnaireProblems(definition)) {
        context.addIssue({ code: 'custom', path: problem.path, message: problem.message });
      }
    }),
});

/** Regions (jeugdhulpregio's) that take part in the approach or the learning expedition. */
const regions = defineCollection({
  loader: mdx('regions'),
  schema: pageMeta.extend({
    name: z.string().min(2),
    participation: z.enum(keysOf(regionParticipations)),
  }),
});

/** Lessons regions learned, seeded from the sources and later added by regions themselves. */
const lessons = defineCollection({
  loader: mdx('lessons'),
  schema: pageMeta.extend({
    region: reference('regions'),
    date: z.coerce.date(),
    /** The time as the source names it ("juni tot december 2021"); shown instead of the date when the source gives no day. */
    period: z.string().min(4).optional(),
    themes: z.array(z.enum(keysOf(flowStages))).min(1),
    solutions: z.array(reference('solutions')).default([]),
    chapters: z.array(reference('handbook')).default([]),
  }),
});

export const collections = {
  pages,
  sources,
  handbook,
  solutions,
  nietDoen,
  qualityFrameworks,
  glossary,
  selfScans,
  leefwereldtoets,
  regions,
  lessons,
};
