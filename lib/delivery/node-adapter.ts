// Sends a serveObject answer on a Node http response (a Next.js API route's res, or a plain Node server): piped with
// backpressure, Content-Length intact, and a closed socket destroys the body, which stops the file read.
import type { IncomingMessage, ServerResponse } from "node:http";
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
  // A client that disconnects rejects the pipeline: that is its normal end, already recorded by the body's counter.
  await pipeline(result.body, res).catch(() => undefined);
}
