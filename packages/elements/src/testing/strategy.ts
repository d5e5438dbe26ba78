import {
  actionStepSchema,
  actorSchema,
  goalSchema,
  type ActionStep,
  type Actor,
  type Goal,
} from '@vielfalt/model';

/** Two fictional goals with three action steps, with `texts` placed into every text field when given. */
export function sampleStrategy(text?: string): {
  goals: Goal[];
  actionSteps: ActionStep[];
  actors: Actor[];
} {
  const t = (de: string) => ({ de: text ?? de, en: text ?? de });
  return {
    actors: [
      actorSchema.parse({
        id: 'ki-kreis',
        name: text ?? 'Kommunales Integrationszentrum',
        kind: 'kommunales-integrationszentrum',
        staffing: 'staff',
      }),
    ],
    goals: [
      goalSchema.parse({
        id: 'ziel-wohnen',
        fieldOfAction: 'wohnen',
        title: t('Dezentral wohnen'),
        description: t('Mehr Wohnungen statt Sammelunterkünfte.'),
      }),
      goalSchema.parse({ id: 'ziel-sport', fieldOfAction: 'sport', title: t('Sport für alle') }),
    ],
    actionSteps: [
      actionStepSchema.parse({
        id: 'schritt-1',
        goalId: 'ziel-wohnen',
        title: t('Wohnungsbörse aufbauen'),
        responsibleActorIds: ['ki-kreis'],
        status: 'in-progress',
        due: '2027-06-30',
      }),
      actionStepSchema.parse({
        id: 'schritt-2',
        goalId: 'ziel-wohnen',
        title: t('Vermieter beraten'),
        responsibleActorIds: ['ki-kreis'],
        status: 'planned',
      }),
      actionStepSchema.parse({
        id: 'schritt-3',
        goalId: 'ziel-sport',
        title: t('Schnuppertraining'),
        responsibleActorIds: ['ki-kreis'],
        status: 'done',
      }),
    ],
  };
}
