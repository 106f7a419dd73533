// Serves the production build like `next start`, but hands the app the TCP peer's address (route
// code in the App Router cannot see the socket): x-planeta-peer is always overwritten here, so a
// client cannot choose it. lib/http/client-ip.ts believes it only when this server set the flag.
import { createServer } from 'node:http';
import next from 'next';

const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const app = next({ dev: false, hostname: 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();
globalThis[Symbol.for('planeta.peerHeader')] = true;

const server = createServer((req, res) => {
  req.headers['x-planeta-peer'] = req.socket.remoteAddress ?? '';
  void handle(req, res);
});
server.listen(port, () => console.log(`▸ Next.js gotowy na porcie ${port}`));
// Like `next start`: stop accepting, let requests in flight finish (at most 5 s), close Next, exit 128+n.
const codes = { SIGINT: 130, SIGTERM: 143 };
for (const [sig, code] of Object.entries(codes)) {
  process.once(sig, () => {
    setTimeout(() => process.exit(code), 5000).unref();
    server.close(() => void app.close().finally(() => process.exit(code)));
    server.closeIdleConnections();
  });
}
