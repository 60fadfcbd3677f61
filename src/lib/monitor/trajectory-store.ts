/**
 * Turns message rows into care trajectories (one young person within one product category) kept in compact
 * typed arrays: per trajectory only the earliest date of each message type, the attribute codes and a switch
 * flag. No object per row or per trajectory is kept, so a million messages fit in a few tens of megabytes.
 */
import { CsvReader, CsvSyntaxError } from './csv.ts';
import { mapHeader, messageKindOf, dimensionIds, type ColumnId, type DimensionId, type MessageKind } from './columns.ts';
import { parseDay } from './day-numbers.ts';

/** Marks "no message of this type": larger than any real day, so `Math.min` keeps the earliest real date. */
export const NO_DAY = 0x7fffffff;

/** How many row problems are kept as messages; all are counted. */
const maxProblems = 50;

class Interner {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();
  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }
}

function grow<T extends Int32Array | Uint8Array>(array: T, size: number, fill?: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(size);
  bigger.set(array);
  if (fill !== undefined) bigger.fill(fill, array.length);
  return bigger;
}

export const unknownValue = 'onbekend';

export class TrajectoryStore {
  count = 0;
  private capacity = 1024;
  readonly dates: Record<MessageKind, Int32Array> = {
    verzoek: new Int32Array(1024).fill(NO_DAY),
    toewijzing: new Int32Array(1024).fill(NO_DAY),
    start: new Int32Array(1024).fill(NO_DAY),
    declaratie: new Int32Array(1024).fill(NO_DAY),
  };
  /** Earliest date of any message in the trajectory. */
  firstDay = new Int32Array(1024).fill(NO_DAY);
  /** Date of the earliest assignment whose provider is recorded in `attributes.aanbieder`. */
  private providerDay = new Int32Array(1024).fill(NO_DAY);
  /** 1 when assignments went to more than one provider. */
  switched = new Uint8Array(1024);
  readonly attributes: Record<DimensionId, Int32Array> = {
    productcategorie: new Int32Array(1024).fill(-1),
    aanbieder: new Int32Array(1024).fill(-1),
    verwijzer: new Int32Array(1024).fill(-1),
    leeftijdscategorie: new Int32Array(1024).fill(-1),
    postcodegebied: new Int32Array(1024).fill(-1),
  };
  readonly values: Record<DimensionId, Interner> = {
    productcategorie: new Interner(),
    aanbieder: new Interner(),
    verwijzer: new Interner(),
    leeftijdscategorie: new Interner(),
    postcodegebied: new Interner(),
  };
  private readonly keys = new Map<string, number>();
  private lastClient = '';
  private lastCategory = '';
  private lastIndex: number | undefined;
  latestDay = -NO_DAY;

  private ensureCapacity(): void {
    if (this.count < this.capacity) return;
    const size = this.capacity * 2;
    for (const kind of Object.keys(this.dates) as MessageKind[]) this.dates[kind] = grow(this.dates[kind], size, NO_DAY);
    this.firstDay = grow(this.firstDay, size, NO_DAY);
    this.providerDay = grow(this.providerDay, size, NO_DAY);
    this.switched = grow(this.switched, size);
    for (const id of dimensionIds) this.attributes[id] = grow(this.attributes[id], size, -1);
    this.capacity = size;
  }

  /** Records one valid message. Optional attributes that are empty stay unknown until a later message has them. */
  add(client: string, kind: MessageKind, day: number, category: string, provider: string, optional: Partial<Record<DimensionId, string>>): void {
    // Exports are usually sorted by client: the previous row's trajectory saves a map lookup.
    let index = client === this.lastClient && category === this.lastCategory ? this.lastIndex : this.keys.get(`${client}\u0000${category}`);
    if (index === undefined) {
      const key = `${client}\u0000${category}`;
      this.ensureCapacity();
      index = this.count++;
      this.keys.set(key, index);
      this.attributes.productcategorie[index] = this.values.productcategorie.code(category);
    }
    this.lastClient = client;
    this.lastCategory = category;
    this.lastIndex = index;
    const dates = this.dates[kind];
    if (day < dates[index]!) dates[index] = day;
    if (day < this.firstDay[index]!) this.firstDay[index] = day;
    if (day > this.latestDay) this.latestDay = day;
    const providerCode = this.values.aanbieder.code(provider);
    const current = this.attributes.aanbieder[index]!;
    if (kind === 'toewijzing') {
      if (this.providerDay[index] !== NO_DAY && current !== providerCode) this.switched[index] = 1;
      if (day < this.providerDay[index]!) {
        this.providerDay[index] = day;
        this.attributes.aanbieder[index] = providerCode;
      }
    } else if (current === -1) {
      this.attributes.aanbieder[index] = providerCode;
    }
    for (const id of ['verwijzer', 'leeftijdscategorie', 'postcodegebied'] as const) {
      const value = optional[id];
      if (value && this.attributes[id][index] === -1) this.attributes[id][index] = this.values[id].code(value);
    }
  }

  /** Attribute code of a trajectory, with empty values mapped to "onbekend". */
  valueOf(id: DimensionId, index: number): string {
    const code = this.attributes[id][index]!;
    return code === -1 ? unknownValue : this.values[id].values[code]!;
  }
}

export interface LoadReport {
  rows: number;
  validRows: number;
  skippedRows: number;
  problems: string[];
  problemCount: number;
  /** A problem that stops the whole file (missing column, broken quotes). */
  fatal?: string;
}

/**
 * Reads a monitor CSV chunk by chunk into a `TrajectoryStore`. Invalid rows are skipped and reported in Dutch
 * with their row number and column; a missing required column or an unclosed quote stops the file.
 */
export class MonitorFileLoader {
  readonly store = new TrajectoryStore();
  readonly report: LoadReport = { rows: 0, validRows: 0, skippedRows: 0, problems: [], problemCount: 0 };
  private positions: Record<ColumnId, number> | undefined;
  private headerLength = 0;
  private readonly reader = new CsvReader((fields, rowNumber) => this.row(fields, rowNumber));

  push(chunk: string): void {
    if (this.report.fatal) return;
    this.guard(() => this.reader.push(chunk));
  }

  end(): LoadReport {
    if (!this.report.fatal) this.guard(() => this.reader.end());
    if (!this.report.fatal && !this.positions) this.report.fatal = 'Het bestand is leeg: er is geen kopregel met kolomnamen gevonden.';
    return this.report;
  }

  private guard(action: () => void): void {
    try {
      action();
    } catch (error) {
      if (error instanceof CsvSyntaxError) this.report.fatal = error.message;
      else throw error;
    }
  }

  private problem(message: string): void {
    this.report.problemCount++;
    if (this.report.problems.length < maxProblems) this.report.problems.push(message);
  }

  private row(fields: string[], rowNumber: number): void {
    if (this.report.fatal) return;
    if (!this.positions) {
      const { positions, problems } = mapHeader(fields);
      if (problems.length > 0) {
        this.report.fatal = problems.join(' ');
        return;
      }
      this.positions = positions;
      this.headerLength = fields.length;
      return;
    }
    this.report.rows++;
    const invalid = (column: string, message: string) => {
      this.report.skippedRows++;
      this.problem(`Rij ${rowNumber}, kolom "${column}": ${message}`);
    };
    if (fields.length !== this.headerLength) {
      this.report.skippedRows++;
      this.problem(`Rij ${rowNumber}: ${fields.length} ${fields.length === 1 ? 'veld' : 'velden'} gevonden, de kopregel heeft er ${this.headerLength}.`);
      return;
    }
    const positions = this.positions;
    const field = (id: ColumnId) => (positions[id] === -1 ? '' : fields[positions[id]]!.trim());
    const client = field('client');
    if (client === '') return invalid('client', 'de clientsleutel is leeg.');
    const kindText = field('berichttype');
    const kind = messageKindOf(kindText);
    if (!kind) return invalid('berichttype', `"${kindText}" is geen bekend berichttype (verwacht verzoek, toewijzing, start of declaratie).`);
    const dateText = field('datum');
    const day = parseDay(dateText);
    if (day === undefined) return invalid('datum', `"${dateText}" is geen geldige datum (verwacht JJJJ-MM-DD of DD-MM-JJJJ).`);
    const category = field('productcategorie');
    if (category === '') return invalid('productcategorie', 'de productcategorie is leeg.');
    const provider = field('aanbieder');
    if (provider === '') return invalid('aanbieder', 'de aanbieder is leeg.');
    const postcode = field('postcodegebied');
    if (postcode !== '' && !/^\d{1,4}$/.test(postcode)) {
      return invalid('postcodegebied', `"${postcode}" is geen postcodegebied: gebruik hooguit de vier cijfers, zonder letters, zodat de jeugdige niet herleidbaar is.`);
    }
    this.report.validRows++;
    this.store.add(client, kind, day, category, provider, { verwijzer: field('verwijzer'), leeftijdscategorie: field('leeftijdscategorie'), postcodegebied: postcode });
  }
}

/** Loads a whole text at once (tests, small files). */
export function loadMonitorText(text: string): MonitorFileLoader {
  const loader = new MonitorFileLoader();
  loader.push(text);
  loader.end();
  return loader;
}
