/**
 * The state of the self-scan island: answers, the current step, errors, a shared profile opened from a
 * link, and the team comparison. Everything is computed by the plain scoring module; this class only keeps
 * the state, stores progress in localStorage and never sends anything anywhere.
 */
import {
  computeProfile,
  decodeShareFragment,
  decodeStoredProgress,
  encodeShareFragment,
  encodeStoredProgress,
  optionsOf,
  storageKey,
  visibleItemIds,
  type Answers,
  type Profile,
  type ScanDefinition,
  type ScanItem,
  type SharedAnswers,
} from '../lib/self-scan-scoring';

export interface ComparedProfile {
  name: string;
  profile: Profile;
}

export class SelfScanState {
  answers = $state<Answers>({});
  /** 0 … steps-1 are the dimensions; `steps` is the profile. */
  step = $state(0);
  /** Items of the current step that still need an answer after "Volgende" was pressed. */
  missing = $state<string[]>([]);
  /** A profile opened from a share link; shown instead of the person's own answers until they close it. */
  shared = $state<SharedAnswers | null>(null);
  sharedError = $state('');
  shareName = $state('');
  shareUrl = $state('');
  comparisonInput = $state('');
  comparisonErrors = $state<string[]>([]);
  compared = $state<ComparedProfile[]>([]);

  readonly steps: number;
  visible = $derived(visibleItemIds(this.scan(), this.answers));
  shownAnswers = $derived(this.shared?.answers ?? this.answers);
  profile = $derived(computeProfile(this.scan(), this.shownAnswers));

  constructor(readonly definition: ScanDefinition) {
    this.steps = definition.dimensions.length;
  }

  /** Deriveds run lazily, after the constructor; reading the definition through a method says so to TypeScript. */
  private scan(): ScanDefinition {
    return this.definition;
  }

  get onProfile(): boolean {
    return this.step >= this.steps;
  }

  get currentDimension() {
    return this.definition.dimensions[Math.min(this.step, this.steps - 1)]!;
  }

  /** The visible items of the current step. */
  get currentItems(): ScanItem[] {
    return this.definition.items.filter((item) => item.dimension === this.currentDimension.id && this.visible.has(item.id));
  }

  /** The page title, with "Stap X van Y" first as NL Design System's form guidance asks. */
  pageTitle(baseTitle: string): string {
    if (this.shared) return `Gedeeld profiel: ${baseTitle}`;
    if (this.onProfile) return `Je profiel: ${baseTitle}`;
    return `Stap ${this.step + 1} van ${this.steps}: ${this.currentDimension.title} – ${baseTitle}`;
  }

  /** Restores progress from localStorage, then opens a shared profile if the address carries one. */
  load(storage: Storage | undefined, hash: string): void {
    try {
      const stored = decodeStoredProgress(this.definition, storage?.getItem(storageKey(this.definition.id)) ?? null);
      if (stored) {
        this.answers = stored.answers;
        this.step = stored.step;
      }
    } catch {
      // Storage can be switched off; the scan then simply does not remember.
    }
    if (hash.includes('zelfscan=')) {
      const result = decodeShareFragment(this.definition, hash);
      if (result.ok) this.shared = result.value;
      else this.sharedError = result.errors.join(' ');
    }
  }

  save(storage: Storage | undefined): void {
    try {
      storage?.setItem(storageKey(this.definition.id), encodeStoredProgress({ answers: this.answers, step: this.step }));
    } catch {
      // See load(): without storage nothing is remembered.
    }
  }

  choose(itemId: string, value: string): void {
    this.answers = { ...this.answers, [itemId]: value };
    this.missing = this.missing.filter((id) => id !== itemId);
  }

  toggle(itemId: string, value: string, checked: boolean): void {
    const item = this.definition.items.find((candidate) => candidate.id === itemId)!;
    const current = (this.answers[itemId] as string[] | undefined) ?? [];
    // Keep the options' own order, so the same choices always give the same share link.
    const next = optionsOf(item)
      .map((option) => option.value)
      .filter((option) => (option === value ? checked : current.includes(option)));
    const { [itemId]: _previous, ...rest } = this.answers;
    this.answers = next.length > 0 ? { ...rest, [itemId]: next } : rest;
    if (next.length > 0) this.missing = this.missing.filter((id) => id !== itemId);
  }

  isChecked(itemId: string, value: string): boolean {
    const answer = this.answers[itemId];
    return Array.isArray(answer) ? answer.includes(value) : answer === value;
  }

  /** Goes to the next step when every visible question of this step has an answer; returns whether it moved. */
  next(): boolean {
    this.missing = this.currentItems.filter((item) => {
      const answer = this.answers[item.id];
      return answer === undefined || (Array.isArray(answer) && answer.length === 0);
    }).map((item) => item.id);
    if (this.missing.length > 0) return false;
    this.step = Math.min(this.step + 1, this.steps);
    return true;
  }

  back(): void {
    this.missing = [];
    this.step = Math.max(this.step - 1, 0);
  }

  reset(storage: Storage | undefined): void {
    this.answers = {};
    this.step = 0;
    this.missing = [];
    this.shareUrl = '';
    try {
      storage?.removeItem(storageKey(this.definition.id));
    } catch {
      // nothing stored
    }
  }

  closeShared(): void {
    this.shared = null;
    this.sharedError = '';
  }

  makeShareUrl(pageUrl: string): void {
    const base = pageUrl.split('#')[0];
    this.shareUrl = `${base}#${encodeShareFragment(this.definition, this.answers, this.shareName)}`;
  }

  /** Reads the pasted links (one per line); needs at least two valid ones. */
  compare(): void {
    const lines = this.comparisonInput.split(/\s+/).map((line) => line.trim()).filter(Boolean);
    const errors: string[] = [];
    const compared: ComparedProfile[] = [];
    lines.forEach((line, index) => {
      const result = decodeShareFragment(this.definition, line);
      if (result.ok) compared.push({ name: result.value.name || `Link ${index + 1}`, profile: computeProfile(this.definition, result.value.answers) });
      else errors.push(`Link ${index + 1}: ${result.errors.join(' ')}`);
    });
    if (errors.length === 0 && compared.length < 2) errors.push('Plak minstens twee deellinks om profielen te vergelijken.');
    this.comparisonErrors = errors;
    this.compared = errors.length === 0 ? compared : [];
  }
}
