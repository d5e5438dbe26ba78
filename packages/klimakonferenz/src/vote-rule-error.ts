import type { Violation } from './violation.js';

/** Strict mode refuses data with any violation; lenient mode (for transcribed paper) excludes and reports. */
export type RuleMode = 'strict' | 'lenient';

/** Thrown in strict mode; carries every violation found, not just the first. */
export class VoteRuleError extends Error {
  /** Error name, for logs and `instanceof`-free checks. */
  override name = 'VoteRuleError';
  /**
   * @param violations Every violation found, with the ids involved.
   */
  constructor(readonly violations: readonly Violation[]) {
    super(
      `${violations.length} Regelverstöße bei den Punkten (z. B. ${violations[0]?.kind}). / ${violations.length} vote-rule violations (e.g. ${violations[0]?.kind}).`,
    );
  }
}
