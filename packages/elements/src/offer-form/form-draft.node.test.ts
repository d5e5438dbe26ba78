import fc from 'fast-check';
import { offerKindSchema, weekdaySchema } from '@vielfalt/model';
import { describe, expect, test } from 'vitest';
import { emptyDraft, offerKinds, readDraft, weekdays } from './form-draft.js';
import { formDraftSchema } from './form-draft-schema.js';

/** A value for one draft field: mostly the right type, sometimes not, sometimes too long. */
const fieldValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ minLength: 1000, maxLength: 1100 }),
  fc.boolean(),
  fc.constantFrom(...offerKinds, 'free', 'paid', 'online', 'nonsense'),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.array(
    fc.record(
      {
        day: fc.constantFrom(...weekdays, 'xx'),
        opens: fc.oneof(fc.string({ maxLength: 5 }), fc.integer()),
        closes: fc.string({ maxLength: 5 }),
        extra: fc.string(),
      },
      { requiredKeys: ['day', 'opens', 'closes'] },
    ),
    { maxLength: 2 },
  ),
  fc.constant(null),
  fc.integer(),
);
const someDraft = fc.dictionary(
  fc.constantFrom(...Object.keys(emptyDraft()), 'unknownKey'),
  fieldValue,
  { maxKeys: 8 },
);

describe('the form reads saved drafts without zod, exactly as formDraftSchema does', () => {
  test('same answer as the schema for any saved value', () => {
    fc.assert(
      fc.property(fc.oneof(someDraft, fc.anything()), (value) => {
        const parsed = formDraftSchema.safeParse(value);
        expect(readDraft(value)).toEqual(parsed.success ? parsed.data : undefined);
      }),
      { numRuns: 2000 },
    );
  });

  test('its lists of kinds and weekdays are the model’s', () => {
    expect(offerKinds).toEqual(offerKindSchema.options);
    expect(weekdays).toEqual(weekdaySchema.options);
  });
});
