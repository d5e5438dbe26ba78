import type { Course, Event as SchemaEvent, Service, WithContext } from 'schema-dts';
import { describe, expectTypeOf, test } from 'vitest';
import type { courseDocument, eventDocument, serviceDocument } from './documents.js';

/**
 * The property names schema.org allows on a type: those of the type itself (not of its subtypes, which may
 * add their own), plus `@context`. Checked by `npm run typecheck`; the tests below run as no-ops.
 */
type Allowed<T, Name extends string> = keyof WithContext<Extract<T, { '@type': Name }>>;

describe('JSON-LD documents use only properties their schema.org type has', () => {
  test('Event (with organizer, not provider)', () => {
    expectTypeOf<keyof ReturnType<typeof eventDocument>>().toExtend<
      Allowed<SchemaEvent, 'Event'>
    >();
    expectTypeOf<ReturnType<typeof eventDocument>>().toHaveProperty('organizer');
  });

  test('Course and Service (with provider)', () => {
    expectTypeOf<keyof ReturnType<typeof courseDocument>>().toExtend<Allowed<Course, 'Course'>>();
    expectTypeOf<keyof ReturnType<typeof serviceDocument>>().toExtend<
      Allowed<Service, 'Service'>
    >();
    expectTypeOf<ReturnType<typeof courseDocument>>().toHaveProperty('provider');
    expectTypeOf<ReturnType<typeof serviceDocument>>().toHaveProperty('provider');
  });

  test('a provider added to an Event is caught', () => {
    type Event = ReturnType<typeof eventDocument>;
    type WithProvider = Event & { provider?: Event['organizer'] };
    // @ts-expect-error: Event has no `provider` (schema.org calls it `organizer` there).
    expectTypeOf<keyof WithProvider>().toExtend<Allowed<SchemaEvent, 'Event'>>();
  });
});
