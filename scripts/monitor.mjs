#!/usr/bin/env node
/**
 * `npm run monitor -- bestand.csv [--norm 91] [--peildatum 2024-12-31] [--niet-gebruikt-na 365] [--filter aanbieder=A01,A02]`
 * Runs the waiting-time analysis of the monitor page on a local file and prints a JSON summary. The file never
 * leaves the machine. Exit code 1 when the file cannot be read (missing column, broken quotes).
 */
import { existsSync } from 'node:fs';
import { analyse, dimensionValues, measureIds } from '../src/lib/monitor/analysis.ts';
import { dimensionIds } from '../src/lib/monitor/columns.ts';
import { parseDay } from '../src/lib/monitor/day-numbers.ts';
import { loadMonitorFile } from '../src/lib/monitor/node-file.ts';

const args = process.argv.slice(2);
const file = args.find((arg, index) => !arg.startsWith('--') && (index === 0 || !args[index - 1].startsWith('--')));
const option = (name) => {
  const index = args.indexOf(`--${name}`);
  return index > -1 ? args[index + 1] : undefined;
};
const options = (name) => args.flatMap((arg, index) => (arg === `--${name}` && args[index + 1] ? [args[index + 1]] : []));

if (!file) {
  console.error('Gebruik: npm run monitor -- bestand.csv [--norm dagen] [--peildatum JJJJ-MM-DD] [--niet-gebruikt-na dagen] [--filter kolom=waarde,waarde]');
  process.exit(2);
}

if (!existsSync(file)) {
  console.error(`Het bestand "${file}" bestaat niet.`);
  process.exit(2);
}

const filters = {};
for (const filter of options('filter')) {
  const [id, values = ''] = filter.split('=');
  if (!dimensionIds.includes(id)) {
    console.error(`Onbekend filter "${id}". Kies uit: ${dimensionIds.join(', ')}.`);
    process.exit(2);
  }
  filters[id] = values.split(',').filter(Boolean);
}
const norm = option('norm') === undefined ? undefined : Number(option('norm'));
const referenceDay = option('peildatum') === undefined ? undefined : parseDay(option('peildatum'));
if (option('peildatum') !== undefined && referenceDay === undefined) {
  console.error(`"${option('peildatum')}" is geen geldige peildatum (JJJJ-MM-DD).`);
  process.exit(2);
}

const { store, report } = await loadMonitorFile(file);
if (report.fatal) {
  console.log(JSON.stringify({ bestand: file, fout: report.fatal }, null, 2));
  process.exit(1);
}
const result = analyse(store, {
  filters,
  norms: norm === undefined ? undefined : Object.fromEntries(measureIds.map((id) => [id, norm])),
  waitingNorm: norm,
  referenceDay,
  unusedAfterDays: option('niet-gebruikt-na') === undefined ? undefined : Number(option('niet-gebruikt-na')),
});
console.log(JSON.stringify({ bestand: file, inlezen: report, filters, waarden: dimensionValues(store), ...result }, null, 2));
