/**
 * The columns a monitor file has, with the Dutch description shown on the page. One row is one iJw message
 * (seed 001, 3.1 "Lijn data": the request for an assignment, the assignment, the start of care and the
 * declaration are the moments the message traffic between municipalities and providers records).
 */

export type ColumnId = 'client' | 'berichttype' | 'datum' | 'productcategorie' | 'aanbieder' | 'verwijzer' | 'leeftijdscategorie' | 'postcodegebied';

export interface ColumnDefinition {
  id: ColumnId;
  required: boolean;
  /** Other header names that mean the same column (compared in lower case). */
  aliases: string[];
  description: string;
  example: string;
}

export const columns: ColumnDefinition[] = [
  { id: 'client', required: true, aliases: ['clientsleutel', 'pseudoniem'], description: 'Gepseudonimiseerde sleutel van de jeugdige (nooit een BSN of naam). Dezelfde jeugdige heeft in alle rijen dezelfde sleutel.', example: 'c7f3a1' },
  { id: 'berichttype', required: true, aliases: ['bericht', 'type'], description: 'Soort bericht: verzoek (verzoek om toewijzing, JW315), toewijzing (JW301), start (start zorg, JW305) of declaratie (JW303).', example: 'toewijzing' },
  { id: 'datum', required: true, aliases: ['berichtdatum'], description: 'Datum waarop het bericht betrekking heeft, als JJJJ-MM-DD of DD-MM-JJJJ.', example: '2024-03-18' },
  { id: 'productcategorie', required: true, aliases: ['categorie'], description: 'Productcategorie van de jeugdhulp (code of naam). Een traject is één jeugdige binnen één productcategorie.', example: '45' },
  { id: 'aanbieder', required: true, aliases: ['zorgaanbieder'], description: 'Aanbieder (code of pseudoniem) die het bericht stuurt of ontvangt.', example: 'A012' },
  { id: 'verwijzer', required: false, aliases: ['verwijzertype', 'type verwijzer'], description: 'Type verwijzer, bijvoorbeeld gemeente, huisarts of gecertificeerde instelling. Mag leeg zijn.', example: 'huisarts' },
  { id: 'leeftijdscategorie', required: false, aliases: ['leeftijd'], description: 'Leeftijdscategorie van de jeugdige, bijvoorbeeld 0-5, 6-11, 12-17 of 18+. Mag leeg zijn.', example: '12-17' },
  { id: 'postcodegebied', required: false, aliases: ['postcode'], description: 'Postcodegebied van de jeugdige: hooguit de vier cijfers van de postcode, nooit de letters. Mag leeg zijn.', example: '3011' },
];

export type MessageKind = 'verzoek' | 'toewijzing' | 'start' | 'declaratie';

export const messageKinds: MessageKind[] = ['verzoek', 'toewijzing', 'start', 'declaratie'];

/** Accepted spellings of each message type (lower case), including the iJw message codes. */
const messageAliases: Record<string, MessageKind> = {
  verzoek: 'verzoek',
  'verzoek om toewijzing': 'verzoek',
  jw315: 'verzoek',
  toewijzing: 'toewijzing',
  jw301: 'toewijzing',
  start: 'start',
  'start zorg': 'start',
  jw305: 'start',
  declaratie: 'declaratie',
  jw303: 'declaratie',
  jw303d: 'declaratie',
};

export function messageKindOf(value: string): MessageKind | undefined {
  return messageAliases[value.trim().toLowerCase()];
}

/** The filterable attributes of a care trajectory, in the order they are shown. */
export const dimensionIds = ['productcategorie', 'aanbieder', 'verwijzer', 'leeftijdscategorie', 'postcodegebied'] as const;
export type DimensionId = (typeof dimensionIds)[number];

export const dimensionLabels: Record<DimensionId, string> = {
  productcategorie: 'Productcategorie',
  aanbieder: 'Aanbieder (eerste toewijzing)',
  verwijzer: 'Type verwijzer',
  leeftijdscategorie: 'Leeftijdscategorie',
  postcodegebied: 'Postcodegebied',
};

/** Maps header cells to column positions; returns the Dutch problem when a required column is missing. */
export function mapHeader(header: string[]): { positions: Record<ColumnId, number>; problems: string[] } {
  const normalised = header.map((cell) => cell.trim().toLowerCase());
  const positions = {} as Record<ColumnId, number>;
  const missing: string[] = [];
  for (const column of columns) {
    const position = normalised.findIndex((cell) => cell === column.id || column.aliases.includes(cell));
    positions[column.id] = position;
    if (position === -1 && column.required) missing.push(`"${column.id}"`);
  }
  if (missing.length === 0) return { positions, problems: [] };
  const what = missing.length === 1 ? `de kolom ${missing[0]} ontbreekt` : `de kolommen ${missing.slice(0, -1).join(', ')} en ${missing.at(-1)} ontbreken`;
  return { positions, problems: [`Rij 1 (kopregel): ${what}. Gevonden kolommen: ${header.map((cell) => `"${cell.trim()}"`).join(', ')}.`] };
}
