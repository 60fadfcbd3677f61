/** Deterministic submissions for load tests: answers vary with a seeded generator, each has its own key. */
import { validPayload } from '../../src/lib/leefwereldtoets/test-definitions';

export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const regions = ['rijnmond', 'hart-van-brabant', 'eindhoven', 'twente', 'niet-in-lijst'];

export function submission(index: number, random: () => number, keyPrefix: string): Record<string, unknown> {
  const answers = { ...(validPayload().antwoorden as Record<string, unknown>) };
  for (const [id, value] of Object.entries(answers)) if (typeof value === 'number') answers[id] = 1 + Math.floor(random() * 5);
  return validPayload({
    regio: regions[index % regions.length],
    leeftijd: random() < 0.5 ? '12-14' : '15-17',
    antwoorden: answers,
    sleutel: `${keyPrefix}-${String(index).padStart(6, '0')}`,
  });
}
