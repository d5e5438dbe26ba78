import { css } from 'lit';

/**
 * Layout of `<vf-offer-search>`: filters beside results where the element is wide; where it is narrow (a phone),
 * results first and the filters behind a button that shows how many are active. A container query, so the
 * element adapts to the column it is placed in, not only to the screen.
 */
export const offerSearchStyles = css`
  :host {
    container-type: inline-size;
  }
  .layout {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: minmax(12rem, 18rem) 1fr;
    grid-template-areas: 'filters results';
  }
  .filters {
    grid-area: filters;
  }
  .results-area {
    grid-area: results;
    min-inline-size: 0;
  }
  .filters-heading {
    font-size: 1.1em;
    margin-block: 0 0.5rem;
  }
  .filters-toggle,
  .filters-done {
    display: none;
  }
  @container (max-width: 40rem) {
    .layout {
      grid-template-columns: 1fr;
      grid-template-areas: 'toggle' 'filters' 'results';
    }
    .filters-toggle {
      display: block;
      grid-area: toggle;
      justify-self: start;
    }
    .filters:not(.open) {
      display: none;
    }
    .filters.open .filters-done {
      display: block;
    }
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    list-style: none;
    margin: 0 0 0.25rem;
    padding: 0;
  }
  .searching {
    margin-block: 0;
  }
  form {
    display: flex;
    gap: 0.5rem;
    position: relative;
    margin-block-end: var(--_gap);
  }
  form input {
    flex: 1;
  }
  .suggestions {
    position: absolute;
    inset-block-start: 100%;
    inset-inline: 0;
    z-index: 2;
    margin: 0;
    padding: 0;
    list-style: none;
    background: var(--_surface);
    border: 1px solid var(--_border);
  }
  .suggestions li {
    padding-inline: 0.75rem;
    min-block-size: 44px;
    display: flex;
    align-items: center;
    cursor: pointer;
  }
  .suggestions li[aria-selected='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin-block-end: var(--_gap);
  }
  fieldset label.check {
    display: flex;
  }
  label.stack {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-block-end: 0.5rem;
  }
  .results {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  .result {
    border-block-end: 1px solid var(--_border);
    padding-block-end: var(--_gap);
  }
  .result h3 {
    margin: 0;
    font-size: 1.15em;
  }
  .result p {
    margin-block: 0.25rem;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    list-style: none;
    margin: 0;
    padding: 0;
    font-size: 0.9em;
  }
  .badges li {
    border: 1px solid var(--_border);
    border-radius: 1em;
    padding-inline: 0.5em;
  }
  .badges .open {
    border-color: #1e6b2e;
    color: #1e6b2e;
  }
  button.link {
    background: none;
    border: none;
    color: var(--_accent);
    text-decoration: underline;
    padding: 0;
    font: inherit;
    text-align: start;
  }
  .pager {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin-block: var(--_gap);
  }
`;
