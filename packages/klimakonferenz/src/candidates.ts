import { type ActionStep, actionStepSchema, type Goal, goalSchema } from '@vielfalt/model';
import { statementRef } from './statement-ref.js';
import type { StatementScore, WorkshopScore } from './score-schema.js';

/** Options of {@link candidateStrategy}. */
export interface CandidateOptions {
  /** Actor responsible for the candidate steps (default: the workshop's Fachtag actor, else the county's integration centre). */
  responsibleActorId?: string;
  /** Partners of the candidate steps (default: the workshop's Fachtag partners). */
  partnerActorIds?: readonly string[];
}

/** Candidate goals and action steps for one field, for the Fachtag to edit. */
export interface CandidateStrategy {
  /** Candidate goals, one per top-tier Gewitter statement. */
  goals: Goal[];
  /** Candidate action steps, one per top-tier Wind statement. */
  actionSteps: ActionStep[];
}

function topTier(score: WorkshopScore, wall: 'gewitter' | 'wind'): StatementScore[] {
  return (score.walls.find((w) => w.wall === wall)?.statements ?? []).filter(
    (s) => s.tier === 1 && s.count > 0,
  );
}

function sharedThemes(a: StatementScore, b: StatementScore): number {
  return a.themes.filter((t) => b.themes.includes(t)).length;
}

/**
 * Candidate goals and action steps derived from a workshop's top-tier Gewitter statements (what must
 * change → goals) and top-tier Wind statements (good ideas → action steps, attached to the goal sharing
 * most themes; an idea sharing no theme with any goal is left out, for the Fachtag to place). Each keeps the statements it came from in `sourceStatementIds` (as `<workshop>/<statement>` references); all are
 * status `planned` and valid `Goal` / `ActionStep` records of `@vielfalt/model`.
 */
export function candidateStrategy(
  score: WorkshopScore,
  options: CandidateOptions = {},
): CandidateStrategy {
  const responsible = options.responsibleActorId ?? 'kommunales-integrationszentrum';
  const storms = topTier(score, 'gewitter');
  const ideas = topTier(score, 'wind');
  const goals: Goal[] = storms.map((s) =>
    goalSchema.parse({
      id: `${score.workshop}-ziel-${s.id}`.slice(0, 80),
      fieldOfAction: score.fieldOfAction,
      title: { de: s.text },
      description: {
        de: `Abgeleitet aus der Gewitter-Aussage „${s.text}“ (${s.count} Punkte).`,
        en: `Derived from the thunderstorm statement "${s.text}" (${s.count} dots).`,
      },
      sourceStatementIds: s.members.map((id) => statementRef(score.workshop, id)),
    }),
  );
  if (goals.length === 0 && ideas.length > 0) {
    goals.push(
      goalSchema.parse({
        id: `${score.workshop}-ziel-ideen`.slice(0, 80),
        fieldOfAction: score.fieldOfAction,
        title: {
          de: 'Gute Ideen aus der Klimakonferenz umsetzen',
          en: 'Put the good ideas of the Klimakonferenz into practice',
        },
        sourceStatementIds: ideas.flatMap((s) =>
          s.members.map((id) => statementRef(score.workshop, id)),
        ),
      }),
    );
  }
  // An idea goes under the goal it shares most themes with; an idea sharing none stays an idea for the
  // Fachtag instead of hanging under an unrelated goal.
  const actionSteps: ActionStep[] = ideas.flatMap((idea) => {
    let goal: Goal | undefined;
    let best = 0;
    storms.forEach((storm, i) => {
      const shared = sharedThemes(idea, storm);
      if (shared > best) {
        best = shared;
        goal = goals[i];
      }
    });
    if (!goal && storms.length === 0) goal = goals[0];
    if (!goal) return [];
    return [
      actionStepSchema.parse({
        id: `${score.workshop}-schritt-${idea.id}`.slice(0, 80),
        goalId: goal.id,
        title: { de: idea.text },
        description: {
          de: `Idee von der Wind-Wand (${idea.count} Punkte).`,
          en: `Idea from the wind wall (${idea.count} dots).`,
        },
        responsibleActorIds: [responsible],
        partnerActorIds: options.partnerActorIds ?? [],
        municipalities: idea.municipalities,
        status: 'planned',
        sourceStatementIds: idea.members.map((id) => statementRef(score.workshop, id)),
      }),
    ];
  });
  return { goals, actionSteps };
}
