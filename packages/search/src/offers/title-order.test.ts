import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TitleOrder } from './title-order.js';

const title = fc.constantFrom('Arzt', 'Ärztin', 'arbeit', 'Zumba', 'Öffnung', 'Ofen', '');
const op = fc.oneof(
  fc.record({ set: fc.constantFrom('a', 'b', 'c', 'd', 'e'), title }),
  fc.record({ delete: fc.constantFrom('a', 'b', 'c', 'd', 'e') }),
);

describe('TitleOrder', () => {
  it('kept up to date offer by offer, lists as a fresh sort does', () => {
    fc.assert(
      fc.property(fc.array(op), fc.nat(20), (ops, askAt) => {
        const kept = new TitleOrder();
        const titles = new Map<string, string>();
        ops.forEach((o, i) => {
          if (i === askAt) kept.ids(); // sorted from here on, then updated in place
          if ('set' in o) {
            kept.set(o.set, o.title);
            titles.set(o.set, o.title);
          } else {
            kept.delete(o.delete);
            titles.delete(o.delete);
          }
        });
        const fresh = new TitleOrder();
        for (const [id, t] of titles) fresh.set(id, t);
        expect(kept.ids()).toEqual(fresh.ids());
      }),
    );
  });

  it('orders as German readers expect, ties by id', () => {
    const order = new TitleOrder();
    for (const [id, t] of [
      ['3', 'Zumba'],
      ['2', 'Ärztin'],
      ['1', 'Arzt'],
      ['0', 'Arzt'],
    ] as const)
      order.set(id, t);
    expect(order.ids().map((e) => e.id)).toEqual(['0', '1', '2', '3']);
  });
});
