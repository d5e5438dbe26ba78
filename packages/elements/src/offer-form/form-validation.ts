import { offerSchema } from '@vielfalt/model';
import type * as z from 'zod';
import type { Translation } from '../i18n/index.js';
import { draftToOffer, type FormDraft } from './form-draft.js';

/** A problem with one form field, in the UI language. */
export interface FieldError {
  /** The id of the form control, so the error summary can link to it. */
  readonly field: string;
  /** What is wrong and what is expected, in the UI language. */
  readonly message: string;
}

/** Which form control a path in the offer comes from. */
function fieldOf(path: readonly PropertyKey[]): string {
  const [head, second, third, fourth] = path.map(String);
  if (head === 'texts') return third ?? 'title';
  if (head === 'schedule' && second === 'weekly') return `slot-${third ?? 0}-${fourth ?? 'opens'}`;
  if (head === 'locations') return fourth ?? 'municipality';
  if (head === 'targetGroups') return 'targetGroups';
  return head ?? 'title';
}

/** A zod issue as a sentence in the UI language (zod's own messages are English only). */
function messageOf(issue: z.core.$ZodIssue, t: Translation, empty: boolean): string {
  const e = t.form.errors;
  if (empty) return e.required;
  if (issue.code === 'too_small') {
    const min = Number(issue.minimum);
    if (issue.origin === 'array') return e.chooseOne;
    return min <= 1 ? e.required : e.tooShort(min);
  }
  if (issue.code === 'too_big') return e.tooLong(Number(issue.maximum));
  if (issue.code === 'invalid_format' && issue.format === 'email') return e.email;
  return e.format;
}

const emailPattern = /^[^\s@<>"'()]+@[^\s@<>"'()]+\.[^\s@<>"'()]+$/;

/**
 * Validates a draft with the model's offer schema plus the form's own rules (times in order, contact details
 * only with consent), giving one message per field in form order.
 */
export function validateDraft(draft: FormDraft, t: Translation): FieldError[] {
  const errors: FieldError[] = [];
  const result = offerSchema.safeParse(draftToOffer(draft, 'anbieter'));
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = fieldOf(issue.path);
      const value = (draft as unknown as Readonly<Record<string, unknown>>)[field];
      errors.push({
        field,
        message: messageOf(issue, t, typeof value === 'string' && value.trim() === ''),
      });
    }
  }
  draft.slots.forEach((slot, i) => {
    if (
      /^\d\d:\d\d$/.test(slot.opens) &&
      /^\d\d:\d\d$/.test(slot.closes) &&
      slot.closes <= slot.opens
    ) {
      errors.push({ field: `slot-${i}-closes`, message: t.form.errors.timeOrder });
    }
  });
  if (draft.contactEmail !== '' && !emailPattern.test(draft.contactEmail))
    errors.push({ field: 'contactEmail', message: t.form.errors.email });
  if ((draft.publishName || draft.publishEmail || draft.publishPhone) && !draft.consent) {
    errors.push({ field: 'consent', message: t.form.errors.consent });
  }
  const seen = new Set<string>();
  return errors.filter((e) => !seen.has(e.field) && seen.add(e.field));
}
