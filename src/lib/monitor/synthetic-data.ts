/**
 * Synthetic monitor files: made-up message rows with the shape of iJw message traffic, for the downloadable
 * example, the tests and the benchmark. Deterministic (a seeded generator), so the same seed always gives the
 * same file. The numbers mean nothing about any real region.
 */

/** mulberry32: a small, fast seeded generator; returns numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export const syntheticHeader = 'client;berichttype;datum;productcategorie;aanbieder;verwijzer;leeftijdscategorie;postcodegebied';

const categories = ['40', '43', '45', '46', '50', '55'];
/** Mean days from assignment to start per category, so categories differ visibly. */
const meanWait = [35, 60, 90, 45, 120, 25];
const providers = Array.from({ length: 12 }, (_, index) => `A${String(index + 1).padStart(2, '0')}`);
const referrers = ['gemeente', 'huisarts', 'jeugdarts', 'medisch specialist', 'gecertificeerde instelling'];
const ages = ['0-5', '6-11', '12-17', '18+'];

const msPerDay = 86_400_000;
const firstDay = Date.UTC(2023, 0, 1) / msPerDay;
const lastDay = Date.UTC(2024, 11, 31) / msPerDay;
const isoDay = (day: number) => new Date(day * msPerDay).toISOString().slice(0, 10);

export interface SyntheticOptions {
  /** Number of message rows (without the header). */
  rows: number;
  seed?: number;
}

/** The lines of a synthetic file, header first, without line ends. */
export function* syntheticMonitorLines({ rows, seed = 2021 }: SyntheticOptions): Generator<string> {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  // Exponential durations (many short, a long tail), as waiting times tend to be.
  const duration = (mean: number) => Math.round(-Math.log(1 - random()) * mean);
  yield syntheticHeader;
  let emitted = 0;
  let client = 0;
  while (emitted < rows) {
    client++;
    const key = ((client * 2654435761) >>> 0).toString(16).padStart(8, '0');
    const categoryIndex = Math.floor(random() * categories.length);
    const category = categories[categoryIndex]!;
    const provider = pick(providers);
    const referrer = pick(referrers);
    const age = pick(ages);
    const postcode = String(3000 + Math.floor(random() * 100));
    const messages: [string, number, string][] = [];
    let day = firstDay + Math.floor(random() * (lastDay - firstDay));
    const medical = referrer === 'huisarts' || referrer === 'jeugdarts' || referrer === 'medisch specialist';
    if (medical) {
      messages.push(['verzoek', day, provider]);
      day += 1 + duration(10);
    }
    messages.push(['toewijzing', day, provider]);
    const outcome = random();
    let startProvider = provider;
    if (outcome < 0.06) {
      // Never used: no start, no declaration.
    } else {
      if (outcome < 0.12) {
        startProvider = pick(providers.filter((candidate) => candidate !== provider));
        day += 7 + duration(20);
        messages.push(['toewijzing', day, startProvider]);
      }
      day += duration(meanWait[categoryIndex]!);
      messages.push(['start', day, startProvider]);
      day += 14 + duration(30);
      messages.push(['declaratie', day, startProvider]);
    }
    for (const [kind, date, from] of messages) {
      if (date > lastDay || emitted >= rows) break;
      emitted++;
      yield `${key};${kind};${isoDay(date)};${category};${from};${referrer};${age};${postcode}`;
    }
  }
}

/** A whole synthetic file as text (CRLF-free, ending with a newline). */
export function syntheticMonitorCsv(options: SyntheticOptions): string {
  return `${[...syntheticMonitorLines(options)].join('\n')}\n`;
}
