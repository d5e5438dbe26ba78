import type { z } from 'zod';
import type { actionStepSchema, goalSchema } from '@vielfalt/model';
import type { ActorLookup } from './actor-lookup.js';
import { cityBySlug } from './cities.js';
import type { Random } from './prng.js';
import { REVIEWER } from './lifecycle.js';
import { goalSpecs as goals, type Status } from './goals.js';

type GoalInput = z.input<typeof goalSchema>;
type ActionStepInput = z.input<typeof actionStepSchema>;

const notes: Record<Status, readonly string[]> = {
  planned: ['Beim Fachtag vereinbart'],
  'in-progress': ['Auftakttreffen hat stattgefunden', 'Erste Termine laufen'],
  done: ['Abgeschlossen und im Lenkungskreis berichtet'],
  dropped: ['Nicht weiter verfolgt: Zuständigkeit liegt beim Land'],
};

/** Goals and action steps of every field, with responsible actors, statuses and their history. */
export function generateStrategy(
  rng: Random,
  actors: ActorLookup,
): { goals: GoalInput[]; actionSteps: ActionStepInput[] } {
  const goalRecords: GoalInput[] = [];
  const steps: ActionStepInput[] = [];
  for (const goal of goals) {
    goalRecords.push({
      id: `ziel-${goal.key}`,
      fieldOfAction: goal.field,
      title: { de: goal.de, en: goal.en },
      description: { de: goal.descDe, en: goal.descEn },
      sourceStatementIds: [...goal.sources],
      createdAt: '2025-03-20T15:00:00+01:00',
    });
    goal.steps.forEach((step, i) => {
      const history: ActionStepInput['statusHistory'] = [
        {
          status: 'planned',
          at: '2025-03-20T15:00:00+01:00',
          by: REVIEWER,
          note: 'Beim Fachtag vereinbart',
        },
      ];
      if (step.status !== 'planned') {
        history.push({
          status: 'in-progress',
          at: `2025-${String(rng.int(5, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}T10:00:00+01:00`,
          by: REVIEWER,
          note: rng.pick(notes['in-progress']),
        });
      }
      if (step.status === 'done' || step.status === 'dropped') {
        history.push({
          status: step.status,
          at: `2026-${String(rng.int(2, 9)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}T10:00:00+02:00`,
          by: REVIEWER,
          note: rng.pick(notes[step.status]),
        });
      }
      steps.push({
        id: `schritt-${goal.key}-${i + 1}`,
        goalId: `ziel-${goal.key}`,
        title: { de: step.de, en: step.en },
        responsibleActorIds: step.responsible(actors),
        partnerActorIds: step.partners?.(actors) ?? [],
        municipalities: (step.cities ?? []).map((slug) => cityBySlug(slug).ags),
        status: step.status,
        statusHistory: history,
        due: rng.pick(['2026-06-30', '2026-12-31', '2027-06-30']),
        reviewAt: rng.pick(['2026-12-01', '2027-03-15', '2027-05-31']),
        sourceStatementIds: [...step.sources],
      });
    });
  }
  return { goals: goalRecords, actionSteps: steps };
}
