// The app's HTTP server: Next.js's request handler behind a plain Node server that tells the app who is on the
// other end of the socket. Next passes route handlers and server actions no socket, and fills X-Forwarded-For
// with the peer only when the client sent none, so without this a client could claim any address. Every request
// gets PEER_HEADER set to the TCP peer's address, overwriting whatever the client sent under that name.
//   node scripts/server.mjs [--dev] [-p PORT]     (npm start / npm run dev)
import http from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { PEER_HEADER } from "../lib/rate-limit/peer-header.mjs";

const { values } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
  },
});
const dev = values.dev;
if (!dev) process.env.NODE_ENV ??= "production";
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME;

const app = next({ dev, port, hostname: hostname ?? "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
  void handle(req, res);
});
server.on("upgrade", (req, socket, head) => {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
  void app.getUpgradeHandler()(req, socket, head);
});
server.listen(port, hostname, () => {
  console.log(`> ${dev ? "development" : "production"} server on http://${hostname ?? "localhost"}:${port}`);
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
