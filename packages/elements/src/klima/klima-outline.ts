import { OneOf, type Outline } from '../base/outline.js';

/**
 * A workshop as the server stores it (`@vielfalt/klimakonferenz`'s `Klimakonferenz` after parsing: every default
 * written out). Data of this outline is scored as it is; anything else goes through the full schema.
 */
export const workshopOutline: Outline = {
  id: 'string',
  'title?': 'string',
  fieldOfAction: 'string',
  'municipality?': 'string',
  date: 'string',
  round: 'number',
  'venue?': 'string',
  facilitators: ['string'],
  perspectives: [{ id: 'string', label: 'text' }],
  dotBudget: 'number',
  statements: [
    {
      id: 'string',
      wall: 'string',
      text: 'string',
      'group?': 'string',
      themes: ['string'],
      municipalities: ['string'],
      'mergedInto?': 'string',
    },
  ],
  votes: new OneOf('level', {
    dots: {
      participants: [{ id: 'string', perspective: 'string' }],
      dots: [
        { participant: 'string', statement: 'string', 'wall?': 'string', enteredBy: 'string' },
      ],
    },
    'perspective-counts': {
      headcount: 'numbers',
      counts: [{ statement: 'string', perspective: 'string', dots: 'number' }],
    },
    counts: { participants: 'number', counts: [{ statement: 'string', dots: 'number' }] },
  }),
  mergeLog: [{ action: 'string', statement: 'string', into: 'string', at: 'string', by: 'string' }],
  fictional: 'boolean',
  'notes?': { 'field?': 'string', 'walls?': 'text' },
  quotes: [{ text: 'string', 'perspective?': 'string', 'wall?': 'string' }],
  'fachtag?': {
    'date?': 'string',
    actors: [{ id: 'string', name: 'string' }],
    'responsible?': 'string',
    partners: ['string'],
  },
};

/** A collection of stored workshops with the county's labels (`KlimakonferenzCollection` after parsing). */
export const collectionOutline: Outline = {
  schemaVersion: 'number',
  'notice?': 'string',
  fictional: 'boolean',
  'county?': {
    name: 'string',
    municipalities: [{ ags: 'string', name: 'string' }],
    fieldsOfAction: [{ id: 'string', label: 'text' }],
  },
  workshops: [workshopOutline],
};
