/**
 * `npm run serve [-- --base /path/ --port 8080 --host 0.0.0.0 --dir dist --hsts --workers 2]`: serves the
 * built site as a production static server would (see server.ts). The base path defaults to SITE_BASE,
 * as in the build. With --workers, that many processes share the port (node:cluster), one per core.
 */
import cluster from 'node:cluster';
import { parseArgs } from 'node:util';
import { SETTINGS } from '../settings.ts';
import { startServer } from './server.ts';

const USAGE = `Usage: npm run serve -- [--dir dist] [--base /] [--port 8080] [--host localhost] [--hsts] [--workers 1]
  --dir      the built site (default: dist)
  --base     the path to serve it under, as built with SITE_BASE (default: $SITE_BASE or /)
  --port     the port; 0 picks a free one (default: $PORT or 8080)
  --host     localhost serves this computer only; 0.0.0.0 serves the network (default: localhost)
  --hsts     send Strict-Transport-Security, for a server behind an HTTPS proxy (default: on if SITE_HSTS=1)
  --workers  processes sharing the port, e.g. one per CPU core (default: 1)`;

function options() {
  try {
    return parseArgs({
      options: {
        dir: { type: 'string', default: 'dist' },
        base: { type: 'string', default: SETTINGS.base },
        port: { type: 'string', default: process.env.PORT ?? '8080' },
        host: { type: 'string', default: 'localhost' },
        hsts: { type: 'boolean', default: SETTINGS.hsts },
        workers: { type: 'string', default: '1' },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

const values = options();
const workers = Number(values.workers);
const announce = (url: string) => console.log(`Serving ${values.dir}/ at ${url} (Ctrl+C to stop)`);

if (values.help) {
  console.log(USAGE);
} else if (!Number.isInteger(workers) || workers < 1) {
  console.error(`--workers must be a whole number of 1 or more.\n${USAGE}`);
  process.exit(2);
} else if (workers > 1 && cluster.isPrimary) {
  let announced = false;
  const fork = () => {
    const worker = cluster.fork();
    let listening = false;
    worker.on('message', (message: { url?: string }) => {
      if (!message.url) return;
      listening = true;
      if (!announced) announce(`${message.url} with ${workers} processes`);
      announced = true;
    });
    worker.on('exit', (code, signal) => {
      // One that never started (no build, port taken) has said why; the others would fail the same way.
      if (!listening) process.exit(code || 1);
      console.error(`A server process stopped (${signal ?? `exit ${code}`}); starting another.`);
      fork();
    });
  };
  for (let i = 0; i < workers; i++) fork();
} else {
  try {
    const { url } = await startServer({
      dir: values.dir,
      base: values.base,
      port: Number(values.port),
      host: values.host,
      hsts: values.hsts,
      log: (message) => console.log(message),
    });
    if (cluster.isWorker) process.send!({ url });
    else announce(url);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
