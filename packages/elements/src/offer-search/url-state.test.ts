import { describe, expect, test } from 'vitest';
import { emptyFilters, toOfferQuery } from './filters.js';
import { readSearchState, writeSearchState } from './url-state.js';

describe('search state in the URL', () => {
  test('round-trips query, filters and page, and keeps the page’s own parameters', () => {
    const state = {
      query: 'Deutschkurs',
      filters: {
        ...emptyFilters,
        municipality: ['05562004', '05562024'],
        free: true,
        openNow: true,
        near: { ags: '05562024', km: 5 },
      },
      page: 3,
    };
    const params = writeSearchState(new URLSearchParams('id=7'), state);
    expect(params.get('id')).toBe('7');
    expect(readSearchState(params)).toEqual(state);
  });

  test('ignores malformed values instead of failing', () => {
    const state = readSearchState(
      new URLSearchParams('vf-municipality=<script>,05562004&vf-page=-2&vf-near=x:y'),
    );
    expect(state.filters.municipality).toEqual(['05562004']);
    expect(state.page).toBe(1);
    expect(state.filters.near).toBeUndefined();
  });

  test('becomes the engine query with the requested page', () => {
    const query = toOfferQuery(
      'Sport',
      { ...emptyFilters, language: ['ar'], free: true, near: { ags: '05562004', km: 10 } },
      2,
      10,
    );
    expect(query).toEqual({
      text: 'Sport',
      filters: { language: ['ar'] },
      free: true,
      near: { municipality: '05562004' },
      radiusKm: 10,
      limit: 10,
      offset: 10,
    });
  });
});
