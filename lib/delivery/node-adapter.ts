// Sends a serveObject answer on a plain Node http response (tests, benchmarks, or any non-Next server): the web
// stream is piped with backpressure, and a closed socket cancels it, which stops the file read.
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ServeRequest, ServeResult } from "./serve-object";

export const requestFrom = (req: IncomingMessage): ServeRequest => ({
  method: req.method ?? "GET",
  range: req.headers.range ?? null,
  ifRange: (req.headers["if-range"] as string | undefined) ?? null,
  ifNoneMatch: req.headers["if-none-match"] ?? null,
});

export async function sendResult(res: ServerResponse, result: ServeResult): Promise<void> {
  res.writeHead(result.status, result.headers);
  if (!result.body) {
    res.end();
    return;
  }
  await pipeline(Readable.fromWeb(result.body as import("node:stream/web").ReadableStream), res).catch(() => undefined);
}
