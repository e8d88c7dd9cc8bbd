// storefrontChanged against real HTTP servers standing in for the web instances: which secret it signs with (AUTH_SECRET,
// else the server's generated file in DATA_DIR), that every configured instance is asked, and what is logged on failure.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "../env-schema.mjs";
import { storefrontChanged } from "./notify-configured";
import { authorisedRevalidation, REVALIDATE_PATH } from "./revalidation";

type Seen = { method: string | undefined; path: string | undefined; authorization: string | null };

/** A web instance that records each request and answers `status`. */
async function instance(status: number) {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    seen.push({ method: req.method, path: req.url, authorization: req.headers.authorization ?? null });
    req.resume();
    res.writeHead(status).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { seen, origin, close: () => new Promise<void>((r) => server.close(() => r())) };
}

let a: Awaited<ReturnType<typeof instance>>;
let b: Awaited<ReturnType<typeof instance>>;
let dataDir: string;
const SECRET = "x".repeat(40);

beforeAll(async () => {
  a = await instance(204);
  b = await instance(204);
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
});
afterEach(() => {
  a.seen.length = 0;
  b.seen.length = 0;
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});
const freshDataDir = () => (dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "notify-configured-")));

describe("storefrontChanged", () => {
  it("posts to /api/revalidate on every REVALIDATE_URLS instance with the token of AUTH_SECRET", async () => {
    const e = parseEnv({ DATA_DIR: freshDataDir(), AUTH_SECRET: SECRET, REVALIDATE_URLS: `${a.origin},${b.origin}` });
    const logged: string[] = [];
    const results = await storefrontChanged(e, (l) => logged.push(l));
    for (const inst of [a, b]) {
      expect(inst.seen).toHaveLength(1);
      expect(inst.seen[0]).toMatchObject({ method: "POST", path: REVALIDATE_PATH });
      // What the receiving route checks: a token made from the same secret, and from no other.
      expect(authorisedRevalidation(inst.seen[0]!.authorization, SECRET)).toBe(true);
      expect(authorisedRevalidation(inst.seen[0]!.authorization, "y".repeat(40))).toBe(false);
    }
    expect(results).toEqual([
      { url: `${a.origin}${REVALIDATE_PATH}`, ok: true, detail: "204" },
      { url: `${b.origin}${REVALIDATE_PATH}`, ok: true, detail: "204" },
    ]);
    expect(logged).toEqual([]);
  });

  it("asks APP_URL alone when REVALIDATE_URLS is unset", async () => {
    const e = parseEnv({ DATA_DIR: freshDataDir(), AUTH_SECRET: SECRET, APP_URL: a.origin });
    await storefrontChanged(e, () => {});
    expect(a.seen).toHaveLength(1);
    expect(b.seen).toHaveLength(0);
  });

  it("without AUTH_SECRET signs with the secret the server generated in DATA_DIR (trimmed)", async () => {
    const dir = freshDataDir();
    const generated = "g".repeat(48);
    fs.writeFileSync(path.join(dir, "auth-secret"), `${generated}\n`);
    const e = parseEnv({ DATA_DIR: dir, APP_URL: a.origin });
    await storefrontChanged(e, () => {});
    expect(a.seen).toHaveLength(1);
    expect(authorisedRevalidation(a.seen[0]!.authorization, generated)).toBe(true);
  });

  it("asks nobody when there is no secret yet, or the generated one is too short to be the server's", async () => {
    const dir = freshDataDir();
    const e = parseEnv({ DATA_DIR: dir, APP_URL: a.origin });
    expect(await storefrontChanged(e, () => {})).toEqual([]);
    fs.writeFileSync(path.join(dir, "auth-secret"), "short\n");
    expect(await storefrontChanged(e, () => {})).toEqual([]);
    expect(a.seen).toHaveLength(0);
  });

  it("logs one line per instance that refused or could not be reached, and does not throw", async () => {
    const refusing = await instance(401);
    const gone = await instance(204);
    await gone.close(); // nothing listens on its port any more
    try {
      const e = parseEnv({
        DATA_DIR: freshDataDir(),
        AUTH_SECRET: SECRET,
        REVALIDATE_URLS: `${a.origin},${refusing.origin},${gone.origin}`,
      });
      const logged: string[] = [];
      const results = await storefrontChanged(e, (l) => logged.push(l));
      expect(results.map((r) => r.ok)).toEqual([true, false, false]);
      expect(results[1]!.detail).toBe("401");
      expect(logged).toHaveLength(2);
      expect(logged[0]).toContain(`${refusing.origin}${REVALIDATE_PATH}`);
      expect(logged[0]).toContain("(401)");
      expect(logged[1]).toContain(`${gone.origin}${REVALIDATE_PATH}`);
    } finally {
      await refusing.close();
    }
  });
});
