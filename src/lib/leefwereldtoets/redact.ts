/**
 * Removes what could identify someone from free text before it is stored: URLs, e-mail addresses, phone
 * numbers, BSN-like numbers (9 digits) and Dutch postcodes. Names cannot be found reliably, so the form
 * asks people not to write them; this is the safety net for the patterns that can be found.
 */
const rules: [RegExp, string][] = [
  // URLs first: they may contain digits or an @ that other rules would half-match.
  [/\b(?:https?:\/\/|www\.)[^\s<>"]+/giu, '[link verwijderd]'],
  [/\b[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}\b/giu, '[e-mailadres verwijderd]'],
  // Phone numbers: +31/0031/0 followed by 9 digits, with optional spaces, dashes, dots or (0).
  [/(?<![\p{N}])(?:\+\s?31|0031|0)(?:\s?\(0\))?(?:[\s.-]?\d){9}(?![\p{N}])/gu, '[telefoonnummer verwijderd]'],
  // BSN-like: nine digits, possibly grouped (123 456 789, 123.456.789).
  [/(?<![\p{N}])\d{3}[\s.-]?\d{3}[\s.-]?\d{3}(?![\p{N}])/gu, '[nummer verwijderd]'],
  // Dutch postcode: 4 digits (not starting with 0), optional space, 2 letters.
  [/(?<![\p{L}\p{N}])[1-9]\d{3}\s?[A-Za-z]{2}(?![\p{L}\p{N}])/gu, '[postcode verwijderd]'],
];

export function redact(text: string): string {
  return rules.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}
