import { bisect } from '../sorted.js';
/** German collation, as people expect a list of titles (Ärztin beside Arzt). */
const collator = new Intl.Collator('de');

interface Titled {
  id: string;
  title: string;
  /** The offer's number in the text index, kept here so that a listing of every offer looks nothing up. */
  number?: number | undefined;
}

const before = (a: Titled, b: Titled) =>
  collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The offers in the order of their titles, for listings without a query text. Sorted once when first asked
 * for, then kept up to date offer by offer, so that listing every offer does not sort a county's offers on
 * every keystroke or after every approval.
 */
export class TitleOrder {
  #sorted: Titled[] | undefined;
  readonly #titles = new Map<string, Titled>();

  /** Sets (or replaces) an offer's title and number. */
  set(id: string, title: string, number?: number): void {
    this.delete(id);
    this.#titles.set(id, { id, title, number });
    if (!this.#sorted) return;
    const entry = { id, title, number };
    this.#sorted.splice(this.#position(entry), 0, entry);
  }

  /** Forgets an offer. */
  delete(id: string): void {
    const entry = this.#titles.get(id);
    if (entry === undefined) return;
    this.#titles.delete(id);
    if (this.#sorted) this.#sorted.splice(this.#position(entry), 1);
  }

  /** The entries, by title (then id). */
  ids(): readonly Titled[] {
    this.#sorted ??= [...this.#titles.values()].sort(before);
    return this.#sorted;
  }

  /** Where an entry is or belongs in the sorted list (binary search). */
  #position(entry: Titled): number {
    const sorted = this.#sorted as Titled[];
    return bisect(sorted.length, (i) => before(sorted[i] as Titled, entry) < 0);
  }
}
