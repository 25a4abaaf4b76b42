/**
 * A minimal static file server for test builds other than dist/ (astro preview serves one site at a
 * time), and for the editor's tests: `proxy` forwards one path to another server, as `npm start`
 * forwards the editor's /admin/api/v1 to decap-server, so the editor stays on its own origin.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.json': 'application/json',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.wasm': 'application/wasm',
  '.yml': 'text/yaml',
};

export function serveStatic(root: string, port: number, proxy?: { path: string; to: string }): Promise<Server> {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url!, 'http://x');
    if (proxy && url.pathname === proxy.path) {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const answer = await fetch(proxy.to, {
        method: request.method,
        headers: { 'Content-Type': request.headers['content-type'] ?? 'application/json' },
        body: request.method === 'GET' ? undefined : Buffer.concat(chunks),
      }).catch(() => undefined);
      if (!answer) return response.writeHead(502).end();
      response.writeHead(answer.status, { 'Content-Type': answer.headers.get('content-type') ?? 'application/json' });
      return response.end(Buffer.from(await answer.arrayBuffer()));
    }
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = join(root, '404.html');
    response.writeHead(found ? 200 : 404, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) void serveStatic(process.argv[2]!, Number(process.argv[3]));
