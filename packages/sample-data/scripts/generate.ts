/**
 * Prints the Recklinghausen sample dataset as JSON. Run from packages/sample-data with `npm run sample:generate`,
 * which bundles this script with esbuild and writes data/recklinghausen-sample.json.
 */
import { buildSample } from './build.js';

process.stdout.write(`${JSON.stringify(buildSample(), null, 2)}\n`);
