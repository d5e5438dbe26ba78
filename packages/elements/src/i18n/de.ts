import { deCore } from './de-core.js';
import { deElements } from './de-elements.js';

/** German UI texts: the source every other language is checked against. */
export const de = { ...deCore, ...deElements };
