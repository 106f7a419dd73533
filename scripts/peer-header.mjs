// Loaded with `node --import` before Next's standalone server (.next/standalone/server.js), which
// creates its HTTP server itself: route code in the App Router cannot see the socket, so every
// request gets the TCP peer's address in x-planeta-peer, always overwritten here so a client cannot
// choose it. lib/http/client-ip.ts believes the header only when this flag is set in the process.
import http from 'node:http';

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, req, ...rest) {
  if (event === 'request') req.headers['x-planeta-peer'] = req.socket?.remoteAddress ?? '';
  return emit.call(this, event, req, ...rest);
};
globalThis[Symbol.for('planeta.peerHeader')] = true;
