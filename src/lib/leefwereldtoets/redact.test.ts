import { describe, expect, it } from 'vitest';
import { redact } from './redact';

describe('redact', () => {
  it.each([
    ['Mail me op sanne.de-vries@example.nl graag', 'Mail me op [e-mailadres verwijderd] graag'],
    ['Bel 06-12345678 of 0612345678', 'Bel [telefoonnummer verwijderd] of [telefoonnummer verwijderd]'],
    ['Mijn nummer is +31 6 1234 5678.', 'Mijn nummer is [telefoonnummer verwijderd].'],
    ['Vast: 010-1234567', 'Vast: [telefoonnummer verwijderd]'],
    ['bsn 123456782 klopt', 'bsn [nummer verwijderd] klopt'],
    ['bsn 123.456.782', 'bsn [nummer verwijderd]'],
    ['Ik woon op 3011 AB in Rotterdam', 'Ik woon op [postcode verwijderd] in Rotterdam'],
    ['postcode 5611ab', 'postcode [postcode verwijderd]'],
    ['Kijk op https://example.nl/pad?x=1 en www.voorbeeld.nl', 'Kijk op [link verwijderd] en [link verwijderd]'],
  ])('removes identifying details from %j', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it('leaves ordinary text, ages and short numbers alone', () => {
    const text = 'Ik ben 15 en wacht al 6 maanden, sinds 2025. Het gaat 3 keer per week mis.';
    expect(redact(text)).toBe(text);
  });
});
