import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A news site on another origin (127.0.0.1 against the app on localhost) whose article carries `snippet`. */
export async function serveHostPage(snippet: string): Promise<{ server: Server; url: string }> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title>
<script>window.messages = []; addEventListener('message', function (e) { window.messages.push({ origin: e.origin, data: e.data }); });</script></head>
<body style="margin:0;font-family:sans-serif"><h1>An article</h1><p style="height:300px">Text before the map.</p>
${snippet}
<p style="height:1500px">Text after the map.</p></body></html>`;
  const server = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}
