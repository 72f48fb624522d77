/**
 * HTTP as the server tests need it: node:http requests, which leave bodies as sent (fetch would
 * decompress them and choose Accept-Encoding itself), and raw bytes on a socket, for requests no client
 * library would send.
 */
import { request, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One request; `path` is sent as it is, so it must be valid for node:http (use `raw` for anything else). */
export function get(origin: string, path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: options.method ?? 'GET', headers: options.headers ?? {}, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Writes bytes to a new connection and resolves with the first line the server answers (its status
 * line), or "" if it closes the connection without one or says nothing for `timeoutMs`.
 */
export function raw(port: number, bytes: string | Buffer, timeoutMs = 5000): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let received = '';
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(received.includes('\r\n') ? received.slice(0, received.indexOf('\r\n')) : '');
    };
    const timer = setTimeout(finish, timeoutMs);
    socket.on('connect', () => socket.write(bytes));
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      if (received.includes('\r\n')) finish();
    });
    // The server may close the connection while the request is still being written (a reply to a
    // request too large to read): what it answered before that is what counts.
    socket.on('error', finish);
    socket.on('close', finish);
  });
}
