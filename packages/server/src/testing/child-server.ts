/**
 * Entry of the server child process in the durability test: opens the store named by `VF_STORE`
 * (and `VF_SCHEMA` for PostgreSQL), listens on a free port and prints its URL as one JSON line.
 */
import { recklinghausenProfile } from '@vielfalt/model';
import { createServer } from '../server.js';
import { openStore } from '../store/open.js';

const location = process.env['VF_STORE'];
if (!location) throw new Error('VF_STORE is not set');
const schema = process.env['VF_SCHEMA'];
const store = await openStore(location, schema ? { schema } : {});
const server = createServer({
  store,
  profile: recklinghausenProfile,
  config: { secureCookies: false },
});
const url = await server.listen(0);
process.stdout.write(`${JSON.stringify({ url })}\n`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
