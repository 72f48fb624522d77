/**
 * Requests per second of `npm run serve` against nginx on the same built site, both on loopback with
 * the same security headers: a chapter page and a hashed stylesheet, precompressed (brotli, gzip: nginx
 * with gzip_static and brotli_static) and not, one process against one nginx worker and two against two.
 * The load comes from wrk, on the same machine. As root, nginx-light, its brotli_static module and wrk
 * are installed with apt if missing; otherwise a line says what to install and the comparison is skipped.
 * Part of `npm run bench`; `npm run bench:hosting [-- dist]` runs it alone on a built site (dist/ by default).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { HASHED_PATH, IMMUTABLE, REVALIDATE, documentSecurityHeaders, policyOfHeadersFile, responseSecurityHeaders } from '../src/hosting/policy.ts';
import { ROOT } from '../tests/support/project.ts';
import { ROUTES } from '../tests/support/site.ts';

const PACKAGES = ['nginx-light', 'libnginx-mod-http-brotli-static', 'wrk'];
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const SECONDS = 4;
const ROUNDS = 3;
const CONNECTIONS = 50;
const NGINX_PORT = 4392;
const SERVE_PORT = 4393;

export interface HostingRow {
  processes: number;
  file: string;
  encoding: string;
  nginx: number;
  serve: number;
  /** serve ÷ nginx. */
  ratio: number;
}

/** Whether a command is installed (wrk -v exits 1, so only a failure to start counts). */
const has = (command: string) => spawnSync(command, ['-v'], { stdio: 'ignore' }).error === undefined;

/** nginx and wrk, installed if this process may; false (having said why) if they aren't there. */
function tools(): boolean {
  const present = () => has('nginx') && has('wrk') && existsSync(BROTLI_MODULE);
  if (present()) return true;
  if (process.getuid?.() !== 0) {
    console.log(`nginx comparison skipped: install ${PACKAGES.join(' ')} (apt-get install ${PACKAGES.join(' ')}) to run it.`);
    return false;
  }
  const install = () => spawnSync('apt-get', ['install', '-y', ...PACKAGES], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  if (!install()) {
    spawnSync('apt-get', ['update'], { stdio: 'ignore' });
    install();
  }
  if (present()) return true;
  console.log(`nginx comparison skipped: apt-get could not install ${PACKAGES.join(' ')}.`);
  return false;
}

/** nginx set up as the README says: precompressed files, the 404 page, the site's headers and cache rules. */
function nginxConfig(dist: string, dir: string, workers: number): string {
  const csp = policyOfHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'))!;
  const security = Object.entries({ ...responseSecurityHeaders(), ...documentSecurityHeaders(csp) })
    .map(([name, value]) => `add_header ${name} "${value}" always;`).join('\n      ');
  const hashed = HASHED_PATH.source.replace('^\\/?', '^/').replaceAll('\\/', '/');
  return `load_module ${BROTLI_MODULE};
worker_processes ${workers};
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  gzip_static on;
  brotli_static on;
  server {
    listen 127.0.0.1:${NGINX_PORT};
    root ${dist};
    index index.html;
    error_page 404 /404.html;
    location ~ ${hashed} {
      ${security}
      add_header Cache-Control "${IMMUTABLE}" always;
    }
    location / {
      ${security}
      add_header Cache-Control "${REVALIDATE}" always;
    }
  }
}
`;
}

/** Resolves once a server answers on the port. */
async function ready(port: number, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`the server on port ${port} exited (${child.exitCode})`);
    const ok = await new Promise<boolean>((done) => {
      request({ host: '127.0.0.1', port, path: '/' }, (res) => done(res.resume() && res.statusCode === 200)).on('error', () => done(false)).end();
    });
    if (ok) return;
    await sleep(100);
  }
  throw new Error(`nothing answers on port ${port}`);
}

/** The Content-Encoding a server sends for the request, to check both send what is measured. */
function encodingOf(port: number, path: string, encoding: string): Promise<string> {
  return new Promise((done, fail) => {
    request({ host: '127.0.0.1', port, path, headers: { 'Accept-Encoding': encoding } }, (res) => {
      res.resume();
      if (res.statusCode !== 200) fail(new Error(`${path} on port ${port}: status ${res.statusCode}`));
      done(String(res.headers['content-encoding'] ?? 'identity'));
    }).on('error', fail).end();
  });
}

/** Requests per second from wrk: one thread (the other core is the server's), keep-alive connections. */
function wrk(port: number, path: string, encoding: string): number {
  const run = spawnSync('wrk', ['-t1', `-c${CONNECTIONS}`, `-d${SECONDS}s`, '-H', `Accept-Encoding: ${encoding}`, `http://127.0.0.1:${port}${path}`], { encoding: 'utf8' });
  if (run.status !== 0 || /Non-2xx/.test(run.stdout)) throw new Error(`wrk failed on port ${port}${path}:\n${run.stdout}${run.stderr}`);
  return Number(/Requests\/sec:\s+([\d.]+)/.exec(run.stdout)![1]);
}

export async function compareWithNginx(dist: string): Promise<HostingRow[] | undefined> {
  if (!tools()) return undefined;
  const css = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.css')).sort((a, b) => readFileSync(join(dist, '_astro', b)).length - readFileSync(join(dist, '_astro', a)).length)[0]!;
  const files = [ROUTES.chapter('round-one'), `/_astro/${css}`];
  const rows: HostingRow[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'explainer-nginx-'));
  chmodSync(dir, 0o755);
  try {
    for (const processes of [1, 2]) {
      writeFileSync(join(dir, 'nginx.conf'), nginxConfig(dist, dir, processes));
      const nginx = spawn('nginx', ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: 'inherit' });
      const serve = spawn(process.execPath, [join(ROOT, 'src/hosting/serve.ts'), '--dir', dist, '--port', String(SERVE_PORT), '--host', '127.0.0.1', '--workers', String(processes)], { stdio: 'ignore' });
      try {
        await Promise.all([ready(NGINX_PORT, nginx), ready(SERVE_PORT, serve)]);
        for (const file of files) {
          for (const encoding of ['br', 'gzip', 'identity']) {
            for (const port of [NGINX_PORT, SERVE_PORT]) {
              const sent = await encodingOf(port, file, encoding);
              if (sent !== encoding) throw new Error(`${file} on port ${port}: asked for ${encoding}, got ${sent}`);
            }
            // The best of a few alternating rounds: on a shared machine, other work only ever lowers a rate.
            const best = { nginx: 0, serve: 0 };
            for (let round = 0; round < ROUNDS; round++) {
              best.nginx = Math.max(best.nginx, wrk(NGINX_PORT, file, encoding));
              best.serve = Math.max(best.serve, wrk(SERVE_PORT, file, encoding));
            }
            rows.push({ processes, file, encoding, ...best, ratio: best.serve / best.nginx });
          }
        }
      } finally {
        nginx.kill('SIGQUIT');
        serve.kill();
      }
      // nginx closes its port once its workers have finished.
      while (nginx.exitCode === null && nginx.signalCode === null) await sleep(50);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

export function printHostingRows(rows: HostingRow[]): void {
  console.log(`\nnpm run serve against nginx ${spawnSync('nginx', ['-v'], { encoding: 'utf8' }).stderr.trim().split('/')[1]}, requests per second (wrk, ${CONNECTIONS} connections, best of ${ROUNDS} × ${SECONDS} s):`);
  console.table(rows.map((r) => ({
    processes: r.processes,
    file: r.file,
    encoding: r.encoding,
    nginx: Math.round(r.nginx),
    'npm run serve': Math.round(r.serve),
    ratio: r.ratio.toFixed(2),
  })));
}

if (import.meta.main) {
  const rows = await compareWithNginx(resolve(process.argv[2] ?? join(ROOT, 'dist')));
  if (rows) printHostingRows(rows);
}
