/**
 * Facet vocabularies shared by solutions, lessons and (later) self-scan advice.
 * Keys are stable identifiers used in URLs and data; labels are the Dutch texts shown to users.
 */
export const flowStages = {
  'preventie-instroom': 'Preventie en instroom',
  toegang: 'Toegang',
  doorstroom: 'Doorstroom',
  uitstroom: 'Uitstroom',
  'aanbod-capaciteit': 'Aanbod en capaciteit',
  'data-sturing': 'Data en sturing',
} as const;

export const actors = {
  gemeente: 'Gemeente',
  regio: 'Regio',
  aanbieder: 'Aanbieder',
  professional: 'Professional',
  rijk: 'Rijk',
  onderwijs: 'Onderwijs',
  'huisarts-verwijzer': 'Huisarts of verwijzer',
  'jongeren-gezinnen': 'Jongeren en gezinnen',
} as const;

export const levels = {
  lokaal: 'Lokaal',
  regionaal: 'Regionaal',
  bovenregionaal: 'Bovenregionaal',
  landelijk: 'Landelijk',
} as const;

export const solutionKinds = {
  stuurknop: 'Stuurknop',
  werkwijze: 'Innovatie of werkwijze',
  afspraak: 'Afspraak of regel',
} as const;

export const evidenceStatuses = {
  bewezen: 'Bewezen effectief',
  veelbelovend: 'Veelbelovend',
  pilot: 'In pilot',
  afgesproken: 'Afgesproken, nog niet uitgevoerd',
} as const;

export const regionParticipations = {
  pilotregio: 'Pilotregio',
  'intensief-traject': 'Gemeente met geïntensiveerd traject',
  leerexpeditie: 'Leerexpeditie (volledig traject)',
  orientatie: 'Leerexpeditie (oriëntatie)',
} as const;

/** The keys of a vocabulary as a non-empty tuple, as `z.enum` wants them. */
export function keysOf<T extends Record<string, string>>(vocabulary: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(vocabulary) as [keyof T & string, ...(keyof T & string)[]];
}
