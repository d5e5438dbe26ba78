/** German collation, as people expect a list of titles (Ärztin beside Arzt). */
const collator = new Intl.Collator('de');

interface Titled {
  id: string;
  title: string;
}

const before = (a: Titled, b: Titled) =>
  collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The offers in the order of their titles, for listings without a query text. Sorted once when first asked
 * for, then kept up to date offer by offer, so that listing every offer does not sort a county's offers on
 * every keystroke or after every approval.
 */
export class TitleOrder {
  private sorted: Titled[] | undefined;
  private readonly titles = new Map<string, string>();

  /** Sets (or replaces) an offer's title. */
  set(id: string, title: string): void {
    this.delete(id);
    this.titles.set(id, title);
    if (!this.sorted) return;
    const entry = { id, title };
    this.sorted.splice(this.position(entry), 0, entry);
  }

  /** Forgets an offer. */
  delete(id: string): void {
    const title = this.titles.get(id);
    if (title === undefined) return;
    this.titles.delete(id);
    if (this.sorted) this.sorted.splice(this.position({ id, title }), 1);
  }

  /** The ids, by title (then id). */
  ids(): readonly Titled[] {
    this.sorted ??= [...this.titles].map(([id, title]) => ({ id, title })).sort(before);
    return this.sorted;
  }

  /** Where an entry is or belongs in the sorted list (binary search). */
  private position(entry: Titled): number {
    const sorted = this.sorted as Titled[];
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (before(sorted[middle] as Titled, entry) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
