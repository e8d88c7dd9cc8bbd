// What the delivery handlers read from a Node request, over a real HTTP connection to a plain Node server.
import http, { type IncomingMessage } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "../auth/cookies";
import { credentialsFrom, ipFrom, one } from "./api-request";

const PORT = 3401;
let server: http.Server;
let handle: (req: IncomingMessage) => unknown = () => null;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let out: unknown;
    try {
      out = handle(req);
    } catch (e) {
      out = { threw: String(e) };
    }
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(out));
  });
  await new Promise<void>((resolve) => server.listen(PORT, "127.0.0.1", resolve));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** Sends one request with raw headers (repeated names allowed) and returns what `fn` read from it. */
async function through(fn: (req: IncomingMessage) => unknown, headers: [string, string][]): Promise<unknown> {
  handle = fn;
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: PORT, path: "/", agent: false }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () => resolve(JSON.parse(body)));
    });
    req.on("error", reject);
    for (const [name, values] of Object.entries(
      headers.reduce<Record<string, string[]>>((acc, [k, v]) => ({ ...acc, [k]: [...(acc[k] ?? []), v] }), {}),
    ))
      req.setHeader(name, values.length === 1 ? values[0]! : values);
    req.end();
  });
}

describe("credentialsFrom", () => {
  it("reads the session cookie, the Authorization header and the URL token", async () => {
    const got = await through(
      (req) => credentialsFrom(req, "url-tok"),
      [
        ["cookie", `theme=dark; ${SESSION_COOKIE}=abc%3D%3D`],
        ["authorization", "Bearer dl_123"],
      ],
    );
    expect(got).toEqual({ sessionToken: "abc==", authorization: "Bearer dl_123", urlToken: "url-tok" });
  });

  it("gives nulls when nothing is sent, and no session (not a failure) for a malformed cookie", async () => {
    expect(await through((req) => credentialsFrom(req, null), [])).toEqual({
      sessionToken: null,
      authorization: null,
      urlToken: null,
    });
    expect(await through((req) => credentialsFrom(req, null), [["cookie", `${SESSION_COOKIE}=%E0%A4%A`]])).toEqual({
      sessionToken: null,
      authorization: null,
      urlToken: null,
    });
  });
});

describe("ipFrom", () => {
  it("with no trusted proxy: the TCP peer, whatever X-Forwarded-For claims", async () => {
    expect(await through((req) => ipFrom(req, 0), [["x-forwarded-for", "203.0.113.7"]])).toBe("127.0.0.1");
  });

  it("behind one proxy: the right-most X-Forwarded-For entry, with repeated headers joined in order", async () => {
    expect(await through((req) => ipFrom(req, 1), [["x-forwarded-for", "198.51.100.1, 203.0.113.7"]])).toBe(
      "203.0.113.7",
    );
    expect(
      await through(
        (req) => ipFrom(req, 2),
        [
          ["x-forwarded-for", "198.51.100.1"],
          ["x-forwarded-for", "203.0.113.7, 192.0.2.5"],
        ],
      ),
    ).toBe("203.0.113.7");
  });

  it("falls back to the peer when the header is missing or not an address", async () => {
    expect(await through((req) => ipFrom(req, 1), [])).toBe("127.0.0.1");
    expect(await through((req) => ipFrom(req, 1), [["x-forwarded-for", "not-an-ip"]])).toBe("127.0.0.1");
  });
});

describe("one", () => {
  it("keeps a single query value and drops repeated or absent ones", () => {
    expect(one("csv")).toBe("csv");
    expect(one("")).toBe("");
    expect(one(["a", "b"])).toBeNull();
    expect(one(undefined)).toBeNull();
  });
});
