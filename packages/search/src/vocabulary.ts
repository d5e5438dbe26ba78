import { fuzzyWalk } from './fuzzy.js';
import { startingWith } from './sorted.js';

/**
 * The terms of an index and the lookups over them: by stem, by prefix, by suffix (for the heads of
 * compounds) and by edit distance. Terms that no document holds any more are invisible to every lookup,
 * so an index after removals answers exactly like one built fresh.
 */
export class Vocabulary {
  /** Term text by term id. */
  readonly terms: string[] = [];
  /** Number of documents holding each term id. */
  readonly df: number[] = [];
  readonly #ids = new Map<string, number>();
  readonly #byStem = new Map<string, number[]>();
  #sorted: string[] = [];
  #sortedStems: string[] = [];
  #reversedStems: string[] = [];
  #dirty = false;

  readonly #stemOf: (term: string) => string;

  constructor(stemOf: (term: string) => string) {
    this.#stemOf = stemOf;
  }

  /** The id of a term, created when new; `stem` saves stemming it when known (loading an index). */
  intern(term: string, stem?: string): number {
    let id = this.#ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.#ids.set(term, id);
      this.terms.push(term);
      this.df.push(0);
      const key = stem ?? this.#stemOf(term);
      const group = this.#byStem.get(key);
      if (group) group.push(id);
      else this.#byStem.set(key, [id]);
    }
    return id;
  }

  /** Counts a document in or out of a term; marks the sorted views stale when a term appears or disappears. */
  count(id: number, delta: 1 | -1): void {
    const before = this.df[id] as number;
    this.df[id] = before + delta;
    if (before === 0 || before + delta === 0) this.#dirty = true;
  }

  /** Sets how many documents hold a term (when loading a prebuilt index). */
  setCount(id: number, df: number): void {
    this.df[id] = df;
    this.#dirty = true;
  }

  /** The id of a term that some document holds, else undefined. */
  live(term: string): number | undefined {
    const id = this.#ids.get(term);
    return id !== undefined && (this.df[id] as number) > 0 ? id : undefined;
  }

  /** The live term ids that share a stem. */
  stemGroup(stem: string): number[] {
    return (this.#byStem.get(stem) ?? []).filter((id) => (this.df[id] as number) > 0);
  }

  /** Whether some live term has this stem. */
  hasStem(stem: string): boolean {
    for (const id of this.#byStem.get(stem) ?? []) if ((this.df[id] as number) > 0) return true;
    return false;
  }

  /** Live terms starting with `prefix` (at most `limit`, the most frequent first). */
  withPrefix(prefix: string, limit: number): number[] {
    this.#refresh();
    const found = startingWith(this.#sorted, prefix).map((term) => this.#ids.get(term) as number);
    return this.mostFrequent(found, limit);
  }

  /** Live stems that start with `prefix`, in order. */
  stemsWithPrefix(prefix: string): string[] {
    this.#refresh();
    return startingWith(this.#sortedStems, prefix);
  }

  /** Live stems that end with `suffix`, in order of the reversed stem. */
  stemsWithSuffix(suffix: string): string[] {
    this.#refresh();
    return startingWith(this.#reversedStems, reverse(suffix)).map(reverse);
  }

  /** Live terms within `max` edits of `term`, with their distance. */
  near(term: string, max: number): { id: number; distance: number }[] {
    this.#refresh();
    const found: { id: number; distance: number }[] = [];
    fuzzyWalk(this.#sorted, term, max, (hit, distance) => {
      if (hit !== term) found.push({ id: this.#ids.get(hit) as number, distance });
    });
    return found;
  }

  /** The most frequent of the given term ids, ties broken by the term's text. */
  mostFrequent(ids: number[], limit: number): number[] {
    if (ids.length <= limit) return ids;
    return [...ids]
      .sort(
        (a, b) =>
          (this.df[b] as number) - (this.df[a] as number) ||
          ((this.terms[a] as string) < (this.terms[b] as string) ? -1 : 1),
      )
      .slice(0, limit);
  }

  #refresh(): void {
    if (!this.#dirty) return;
    this.#sorted = this.terms.filter((_, id) => (this.df[id] as number) > 0).sort();
    const stems = [...this.#byStem.keys()].filter((stem) => this.hasStem(stem));
    this.#sortedStems = stems.sort();
    this.#reversedStems = stems.map(reverse).sort();
    this.#dirty = false;
  }
}

function reverse(text: string): string {
  return [...text].reverse().join('');
}
