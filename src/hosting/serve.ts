/**
 * `npm run serve [-- --base /path/ --port 8080 --host 0.0.0.0 --dir dist]`: serves the built site as a
 * production static server would (see server.ts). The base path defaults to SITE_BASE, as in the build.
 */
import { parseArgs } from 'node:util';
import { SETTINGS } from '../settings.ts';
import { startServer } from './server.ts';

const USAGE = `Usage: npm run serve -- [--dir dist] [--base /] [--port 8080] [--host localhost]
  --dir   the built site (default: dist)
  --base  the path to serve it under, as built with SITE_BASE (default: $SITE_BASE or /)
  --port  the port; 0 picks a free one (default: $PORT or 8080)
  --host  localhost serves this computer only; 0.0.0.0 serves the network (default: localhost)`;

function options() {
  try {
    return parseArgs({
      options: {
        dir: { type: 'string', default: 'dist' },
        base: { type: 'string', default: SETTINGS.base },
        port: { type: 'string', default: process.env.PORT ?? '8080' },
        host: { type: 'string', default: 'localhost' },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

const values = options();
if (values.help) {
  console.log(USAGE);
} else {
  try {
    const { url } = await startServer({ dir: values.dir, base: values.base, port: Number(values.port), host: values.host });
    console.log(`Serving ${values.dir}/ at ${url} (Ctrl+C to stop)`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
