import { describeIssues } from '@vielfalt/model';
import type * as z from 'zod';

/**
 * Why loading failed, for `vf-load-error`: validation problems in German and English with where, what was
 * expected and what was found (at most three), otherwise the error's own message.
 */
export function loadErrorReason(error: unknown): string {
  if (
    error !== null &&
    typeof error === 'object' &&
    'issues' in error &&
    Array.isArray(error.issues)
  ) {
    const problems = describeIssues(error.issues as z.core.$ZodIssue[]);
    return problems
      .slice(0, 3)
      .map((p) => `${p.message.de} / ${p.message.en}`)
      .join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}
