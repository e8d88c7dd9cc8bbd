// handleDownload and handleManifest on a real Node HTTP server (the Next.js API routes are these calls with the app's
// deps), over the licensed fixture: the methods each answers, what they read from the request (session cookie, Bearer
// header, URL token, Range and If-Range, X-Forwarded-For behind trusted proxies, User-Agent, the manifest's query) and
// that the bytes reach the socket with their length.
import http from "node:http";
import type { AddressInfo } from "node:net";
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "../auth/cookies";
import { createLocalStorage } from "../storage";
import { createDeliveryLimits } from "./limits";
import { handleDownload, handleManifest } from "./node-handlers";
import type { DownloadContext } from "./record-download";
import type { DeliveryOutcome } from "./serve-object";
import type { LicensedDeps } from "./serve-licensed";
import { createToken } from "./tokens";
import { dropWorld, makeWorld, type World } from "./test-utils/licensed-fixture";

let w: World;
let server: http.Server;
let base: string;
const records: { ctx: DownloadContext; outcome: DeliveryOutcome }[] = [];
let recorded: () => void = () => {};

beforeAll(async () => {
  w = await makeWorld();
  const licensed: LicensedDeps = {
    db: w.db,
    storage: createLocalStorage(w.archives),
    limits: createDeliveryLimits({
      perLicenceConcurrent: 100,
      perTokenConcurrent: 100,
      perLicencePerMinute: 10_000,
      perTokenPerMinute: 10_000,
    }),
    now: w.clock.now,
    presignSeconds: 60,
    record: (ctx, outcome) => {
      records.push({ ctx: { ...ctx }, outcome });
      recorded();
    },
  };
  // Routes shaped like the app's: /d/<licence>/<file>, /t/<licence>/<token>/<file>, /m/<licence>?...; one proxy trusted.
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const seg = url.pathname.split("/").map(decodeURIComponent);
    const done =
      seg[1] === "d"
        ? handleDownload(licensed, req, res, { licenceId: seg[2]!, file: seg[3]!, urlToken: null, trustedHops: 1 })
        : seg[1] === "t"
          ? handleDownload(licensed, req, res, { licenceId: seg[2]!, file: seg[4]!, urlToken: seg[3]!, trustedHops: 1 })
          : handleManifest({ db: w.db, now: w.clock.now, baseUrl: "https://shop.test", tokenTtlDays: 7 }, req, res, {
              licenceId: seg[2]!,
              query: url.searchParams,
            });
    done.catch((e: unknown) => {
      console.error(e);
      res.destroy();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await dropWorld(w);
});

const session = (s: string) => ({ cookie: `other=1; ${SESSION_COOKIE}=${encodeURIComponent(s)}` });
const stored = () => {
  const [uid, s] = [...w.stored.entries()][0]!;
  return { uid, ...s, data: fs.readFileSync(s.file) };
};
/** The next record, written once the response has ended. */
const nextRecord = () => {
  const n = records.length;
  return new Promise<(typeof records)[number]>((resolve) => {
    recorded = () => records.length > n && resolve(records[n]!);
    if (records.length > n) resolve(records[n]!);
  });
};
const downloadToken = async () =>
  (
    await createToken(
      w.db,
      w.users.a1,
      { kind: "DOWNLOAD", name: "n", licenceId: w.licences.a.id, ttlDays: 30 },
      w.clock.t,
    )
  ).token;

describe("handleDownload", () => {
  it("streams the archive to a session cookie with its length, recording the proxied client and its User-Agent", async () => {
    const st = stored();
    const record = nextRecord();
    const r = await fetch(`${base}/d/${w.licences.a.id}/${st.uid}.zip`, {
      headers: {
        ...session(w.sessions.a1),
        "x-forwarded-for": "192.0.2.50, 198.51.100.9", // the client's claim, then what the one trusted proxy saw
        "user-agent": "aria2/1.37.0",
      },
    });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-length")).toBe(String(st.size));
    expect(Buffer.from(await r.arrayBuffer()).equals(st.data)).toBe(true);
    const { ctx, outcome } = await record;
    expect(ctx).toMatchObject({ ip: "198.51.100.9", userAgent: "aria2/1.37.0", userId: w.users.a1.id });
    expect(outcome).toEqual({ status: 200, bytesSent: st.size, complete: true, range: null });
  });

  it("passes Range and If-Range through: the exact bytes for the same version, the whole file for another", async () => {
    const st = stored();
    const url = `${base}/d/${w.licences.a.id}/${st.uid}`;
    const first = await fetch(url, { method: "HEAD", headers: session(w.sessions.a1) });
    const etag = first.headers.get("etag")!;
    const part = await fetch(url, { headers: { ...session(w.sessions.a1), range: "bytes=10-19", "if-range": etag } });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 10-19/${st.size}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(st.data.subarray(10, 20))).toBe(true);
    const other = await fetch(url, { headers: { ...session(w.sessions.a1), range: "bytes=10-19", "if-range": '"x"' } });
    expect(other.status).toBe(200);
    expect((await other.arrayBuffer()).byteLength).toBe(st.size);
  });

  it("answers HEAD with the length and no body", async () => {
    const st = stored();
    const r = await fetch(`${base}/d/${w.licences.a.id}/${st.uid}`, {
      method: "HEAD",
      headers: session(w.sessions.a1),
    });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-length")).toBe(String(st.size));
    expect((await r.arrayBuffer()).byteLength).toBe(0);
  });

  it("takes a token from the URL or an API token from the Authorization header", async () => {
    const st = stored();
    const viaUrl = await fetch(`${base}/t/${w.licences.a.id}/${await downloadToken()}/${st.uid}.zip`);
    expect(viaUrl.status).toBe(200);
    await viaUrl.arrayBuffer();
    const api = await createToken(w.db, w.users.a1, { kind: "API", name: "api", ttlDays: 30 }, w.clock.t);
    const viaHeader = await fetch(`${base}/d/${w.licences.a.id}/${st.uid}.zip`, {
      headers: { authorization: `Bearer ${api.token}` },
    });
    expect(viaHeader.status).toBe(200);
    await viaHeader.arrayBuffer();
    const none = await fetch(`${base}/d/${w.licences.a.id}/${st.uid}.zip`);
    expect(none.status).toBe(401);
  });

  it("refuses other methods with 405 and Allow: GET, HEAD, before looking at anything (nothing recorded)", async () => {
    for (const method of ["POST", "PUT", "DELETE"]) {
      const r = await fetch(`${base}/d/${w.licences.a.id}/${stored().uid}`, {
        method,
        headers: { ...session(w.sessions.a1), "user-agent": "method-probe" },
      });
      expect(r.status).toBe(405);
      expect(r.headers.get("allow")).toBe("GET, HEAD");
      await r.arrayBuffer();
    }
    // Refused before serveLicensed, which records every request it sees (refusals included) with its User-Agent.
    expect(records.map((r) => r.ctx.userAgent)).not.toContain("method-probe");
  });
});

describe("handleManifest", () => {
  it("reads format from the query: a sha256sum file for a session, one line per study of the cohort", async () => {
    const r = await fetch(`${base}/m/${w.licences.a.id}?format=sha256`, { headers: session(w.sessions.a1) });
    expect(r.status).toBe(200);
    const lines = (await r.text()).trim().split("\n");
    // Every study of licence a's cohort (all of both versions), one line each.
    expect(lines).toHaveLength(w.v1Uids.length + w.v2Uids.length);
    const st = stored();
    expect(lines).toContain(`${st.sha256}  ${st.uid}.zip`);
  });

  it("reuses a download token given as ?token= in its links", async () => {
    const token = await downloadToken();
    const r = await fetch(`${base}/m/${w.licences.a.id}?format=urls&token=${token}`);
    expect(r.status).toBe(200);
    const links = (await r.text()).trim().split("\n");
    expect(links.length).toBe(w.v1Uids.length + w.v2Uids.length);
    for (const l of links) expect(l).toContain(`/t/${token}/`);
  });

  it("passes since, part and parts through: bad values get a 400 naming them", async () => {
    const ask = (q: string) => fetch(`${base}/m/${w.licences.a.id}?${q}`, { headers: session(w.sessions.a1) });
    const since1 = await ask("format=urls&since=1");
    expect((await since1.text()).trim().split("\n")).toHaveLength(w.v2Uids.length);
    for (const [q, text] of [
      ["format=urls&since=soon", /since must be/],
      ["format=urls&part=3&parts=2", /part must be/],
      ["format=pdf", /format must be one of/],
    ] as const) {
      const r = await ask(q);
      expect(r.status).toBe(400);
      expect(await r.text()).toMatch(text);
    }
  });

  it("answers GET only: 405 naming GET as the one method allowed", async () => {
    for (const method of ["HEAD", "POST"]) {
      const r = await fetch(`${base}/m/${w.licences.a.id}?format=urls`, { method, headers: session(w.sessions.a1) });
      expect(r.status).toBe(405);
      expect(r.headers.get("allow")).toBe("GET");
      await r.arrayBuffer();
    }
  });
});
