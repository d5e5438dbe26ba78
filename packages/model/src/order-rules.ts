import type { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema } from './common.js';
import { offerSchema, targetGroupRefSchema } from './offer.js';
import { problemAt, type DataPath, type LocalizedMessage, type Problem } from './problem.js';
import {
  clockTimeSchema,
  closureSchema,
  datedSessionSchema,
  scheduleSchema,
  weeklySlotSchema,
} from './schedule.js';
import { isPlainObject } from './schema-walk.js';

/** A check of one schema node's raw value; returns what is wrong with it. */
export type NodeRule = (value: unknown, path: DataPath) => Problem[];

interface Pair {
  from: string;
  to: string;
  /** The value shape both ends must have before they can be compared. */
  kind: z.ZodType;
  /** Whether equal ends are allowed (a one-day closure) or not (a slot that opens and closes at 9:00). */
  allowEqual: boolean;
  code: string;
  what: LocalizedMessage;
}

/** Schedules and offers share their validity period: it may end on the day it starts, not before. */
const validity: Pair = {
  from: 'validFrom',
  to: 'validUntil',
  kind: isoDateSchema,
  allowEqual: true,
  code: 'valid-until-before-valid-from',
  what: {
    de: 'ein Gültigkeitsende am oder nach dem Gültigkeitsbeginn',
    en: 'a validity end on or after its start',
  },
};

/** Pairs of fields whose second value must not come before the first, per schema. */
const pairs = new Map<z.core.$ZodType, Pair>([
  [
    weeklySlotSchema,
    {
      from: 'opens',
      to: 'closes',
      kind: clockTimeSchema,
      allowEqual: false,
      code: 'closes-before-opens',
      what: {
        de: 'eine Schließzeit nach der Öffnungszeit',
        en: 'a closing time after the opening time',
      },
    },
  ],
  [
    datedSessionSchema,
    {
      from: 'start',
      to: 'end',
      kind: isoDateTimeSchema,
      allowEqual: false,
      code: 'ends-before-start',
      what: { de: 'ein Ende nach dem Beginn', en: 'an end after the start' },
    },
  ],
  [
    closureSchema,
    {
      from: 'from',
      to: 'until',
      kind: isoDateSchema,
      allowEqual: true,
      code: 'until-before-from',
      what: {
        de: 'ein Ende der Schließzeit am oder nach ihrem Beginn',
        en: 'a closure end on or after its start',
      },
    },
  ],
  [scheduleSchema, validity],
  [offerSchema, validity],
]);

/** Clock times and ISO dates order as strings; timestamps with offsets need parsing. */
function compare(a: string, b: string, kind: z.ZodType): number {
  if (kind === isoDateTimeSchema) return Date.parse(a) - Date.parse(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

function pairRule(pair: Pair): NodeRule {
  return (value, path) => {
    if (!isPlainObject(value)) return [];
    const from = value[pair.from];
    const to = value[pair.to];
    if (typeof from !== 'string' || typeof to !== 'string') return [];
    if (!pair.kind.safeParse(from).success || !pair.kind.safeParse(to).success) return [];
    const order = compare(from, to, pair.kind);
    if (order < 0 || (order === 0 && pair.allowEqual)) return [];
    return [
      problemAt([...path, pair.to], pair.code, {
        de: `erwartet ${pair.what.de} (${pair.from} = „${from}“), gefunden ${pair.to} = „${to}“.`,
        en: `expected ${pair.what.en} (${pair.from} = "${from}"), found ${pair.to} = "${to}".`,
      }),
    ];
  };
}

const ageRule: NodeRule = (value, path) => {
  if (!isPlainObject(value)) return [];
  const { minAge, maxAge } = value;
  if (typeof minAge !== 'number' || typeof maxAge !== 'number' || minAge <= maxAge) return [];
  return [
    problemAt([...path, 'minAge'], 'min-age-above-max-age', {
      de: `erwartet ein Mindestalter bis zum Höchstalter ${maxAge}, gefunden minAge = ${minAge}.`,
      en: `expected a minimum age up to the maximum age ${maxAge}, found minAge = ${minAge}.`,
    }),
  ];
};

/** A slot every second week needs a week to count from. */
const intervalRule: NodeRule = (value, path) => {
  if (!isPlainObject(value) || value.validFrom !== undefined || !Array.isArray(value.weekly))
    return [];
  return value.weekly.flatMap((slot: unknown, index) => {
    if (!isPlainObject(slot) || typeof slot.interval !== 'number' || slot.interval <= 1) return [];
    return [
      problemAt([...path, 'weekly', index, 'interval'], 'interval-needs-valid-from', {
        de: `erwartet validFrom im Zeitplan, ab dem ein Termin jede ${slot.interval}. Woche gezählt wird; gefunden: kein validFrom.`,
        en: `expected the schedule's validFrom to count a slot every ${slot.interval} weeks from; found: no validFrom.`,
      }),
    ];
  });
};

/** Rules about order in time and age: closing before opening, end before start, minAge above maxAge, … */
export function orderRules(): Map<z.core.$ZodType, NodeRule[]> {
  const rules = new Map<z.core.$ZodType, NodeRule[]>();
  for (const [schema, pair] of pairs) rules.set(schema, [pairRule(pair)]);
  rules.set(targetGroupRefSchema, [ageRule]);
  rules.get(scheduleSchema)?.push(intervalRule);
  return rules;
}
