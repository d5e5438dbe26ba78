export * from './common.js';
export * from './profile.js';
export * from './schedule.js';
export * from './location.js';
export * from './actor.js';
export * from './offer.js';
export * from './strategy.js';
export * from './dataset.js';
