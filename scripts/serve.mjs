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
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
