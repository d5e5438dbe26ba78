interface Entry {
  id: string;
  score: number;
  doc: number;
  key: number;
}

/**
 * Keeps the best `k` hits seen, in a binary heap whose root is the worst kept hit. Order: by sort key
 * ascending when one is used, then by score descending, then by id, so equal scores are deterministic.
 */
export class TopK {
  readonly #heap: Entry[] = [];

  /** Hits without a sort key all have key 0. */
  readonly #k: number;

  constructor(k: number) {
    this.#k = k;
  }

  /** Offers a hit. */
  push(id: string, score: number, doc: number, key: number): void {
    if (this.#k <= 0) return;
    const entry = { id, score, doc, key };
    if (this.#heap.length < this.#k) {
      this.#heap.push(entry);
      this.#up(this.#heap.length - 1);
    } else if (this.#before(entry, this.#heap[0] as Entry)) {
      this.#heap[0] = entry;
      this.#down(0);
    }
  }

  /** The kept hits, best first. */
  sorted(): Entry[] {
    return [...this.#heap].sort((a, b) => (this.#before(a, b) ? -1 : 1));
  }

  #before(a: Entry, b: Entry): boolean {
    if (a.key !== b.key) return a.key < b.key;
    if (a.score !== b.score) return a.score > b.score;
    return a.id < b.id;
  }

  #up(i: number): void {
    const heap = this.#heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.#before(heap[parent] as Entry, heap[i] as Entry)) break;
      [heap[parent], heap[i]] = [heap[i] as Entry, heap[parent] as Entry];
      i = parent;
    }
  }

  #down(i: number): void {
    const heap = this.#heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < heap.length && this.#before(heap[worst] as Entry, heap[l] as Entry)) worst = l;
      if (r < heap.length && this.#before(heap[worst] as Entry, heap[r] as Entry)) worst = r;
      if (worst === i) return;
      [heap[worst], heap[i]] = [heap[i] as Entry, heap[worst] as Entry];
      i = worst;
    }
  }
}
