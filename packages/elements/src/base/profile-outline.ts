import type { Outline } from './outline.js';

/** What the elements read of a county profile (`@vielfalt/model`'s `CountyProfile`). */
export const profileOutline: Outline = {
  id: 'string',
  county: { name: 'string' },
  municipalities: [{ ags: 'string', name: 'string' }],
  fieldsOfAction: [{ id: 'string', label: 'text' }],
  'taxonomies?': {
    'targetGroups?': [{ id: 'string', label: 'text' }],
    'places?': [{ id: 'string', label: 'text' }],
  },
  languages: ['string'],
  'defaultLanguage?': 'string',
};
