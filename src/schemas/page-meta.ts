import { z } from 'astro/zod';
import { reference } from 'astro:content';

/** A citation of one source document, optionally narrowed to the sections the page draws on. */
export const citedSource = z.object({
  /** The source document (an entry of the `sources` collection). */
  source: reference('sources'),
  /** Section numbers and titles as the document names them, e.g. "3.1 Lijn data". */
  sections: z.array(z.string().min(1)).default([]),
});

/** Every content page cites at least one source document: the portal never speaks without one. */
export const citedSources = z.array(citedSource).min(1, 'Noem minstens één brondocument.');

/** A short note on a meaningful content change, shown to readers under "Wijzigingen". */
export const changeNote = z.object({
  date: z.coerce.date(),
  note: z.string().min(5),
});

/** Fields every content page shares: what search engines, tabs and the trust block show. */
export const pageMeta = z.object({
  /** The page title (h1 and `<title>`). */
  title: z.string().min(3),
  /** One sentence for the meta description and overview lists. */
  description: z.string().min(20).max(160, 'Houd de beschrijving onder 160 tekens.'),
  /** When the content was last checked or changed. */
  updated: z.coerce.date(),
  /** Meaningful changes, newest first. */
  changes: z.array(changeNote).default([]),
  sources: citedSources,
});
