// The licensed download route and manifests over real HTTP on a scratch database (SQLite, or PostgreSQL with
// TEST_DATABASE_URL): tokens, IDOR between two customers, licence states, cohort membership (bound to the catalogue,
// failing closed), studies missing from storage, caps, and the manifests (formats, parts, "new since").
import crypto from "node:crypto";
import fs from "node:fs";
import type http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRawRows, type RawRows } from "../db/raw-rows";
import { createLocalStorage } from "../storage";
import { entitlement } from "../licensing/entitlement";
import { catalogueMembership, licenceScope, scopePage } from "./licence-scope";
import { createDeliveryLimits, type DeliveryLimits } from "./limits";
import { createToken, hashToken, revokeToken } from "./tokens";
import { csvCell } from "../csv-cell";
import { historyCsv, historyPage } from "./history";
import { deliveryUrls } from "./urls";
import { recordDownload, type DownloadContext } from "./record-download";
import type { DeliveryOutcome } from "./serve-object";
import { deliveryServer } from "./test-utils/licensed-routes";
import { dropWorld, makeWorld, type World } from "./test-utils/licensed-fixture";

let w: World;
let server: http.Server;
let base: string;
let limits: DeliveryLimits;
const wide = {
  perLicenceConcurrent: 100,
  perTokenConcurrent: 100,
  perLicencePerMinute: 10_000,
  perTokenPerMinute: 10_000,
};

let rawRows: RawRows;
/** Download records written so far (every request is recorded once its answer is over). */
const recorded = {
  writes: [] as Promise<unknown>[],
  wake: () => {},
  /** Resolves once `n` requests have been recorded and every record written. */
  async settled(n: number) {
    while (recorded.writes.length < n) await new Promise<void>((r) => (recorded.wake = r));
    await Promise.all(recorded.writes);
  },
};
beforeAll(async () => {
  w = await makeWorld({ storedBytes: 8 << 20 });
  rawRows = createRawRows(w.scratch.url);
  limits = createDeliveryLimits(wide);
  const storage = createLocalStorage(w.archives);
  // The caps are swapped per test through this indirection.
  const deps = {
    db: w.db,
    storage,
    limits: { acquire: (k: Parameters<DeliveryLimits["acquire"]>[0]) => limits.acquire(k) },
    now: w.clock.now,
    presignSeconds: 60,
    // Recorded as the app does, but the writes are kept so a test can wait for them instead of polling the clock.
    record: (ctx: DownloadContext, outcome: DeliveryOutcome) => {
      recorded.writes.push(recordDownload(w.db, ctx, outcome, w.clock.now));
      recorded.wake();
    },
  };
  ({ server, base } = await deliveryServer({
    licensed: deps,
    // Manifests read their pages from the driver, as the app binds them (app/_bind/delivery-deps.ts).
    manifest: { db: w.db, now: w.clock.now, tokenTtlDays: 30, pageSize: 7, rawRows },
  }));
});
afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await rawRows?.close();
  await dropWorld(w);
});

const storedUid = () => [...w.stored.keys()][0]!;
const cookie = (s: string) => ({ cookie: `next-auth.session-token=${s}` });
const get = (p: string, headers: Record<string, string> = {}) => fetch(`${base}${p}`, { headers, redirect: "manual" });
const sha256 = (b: Buffer) => crypto.createHash("sha256").update(b).digest("hex");
async function token(
  user: keyof World["users"],
  licence: keyof World["licences"],
  kind: "DOWNLOAD" | "API" = "DOWNLOAD",
  ttlDays = 30,
) {
  return createToken(
    w.db,
    w.users[user],
    { kind, name: "t", licenceId: kind === "DOWNLOAD" ? w.licences[licence].id : undefined, ttlDays },
    w.clock.t,
  );
}
/** A refusal: the status, a short text body, and never an archive byte. */
async function refused(r: Response, status: number, text: RegExp) {
  expect(r.status).toBe(status);
  expect(r.headers.get("content-type")).toMatch(/^text\/plain/);
  const body = await r.text();
  expect(body).toMatch(text);
  expect(body.length).toBeLessThan(300);
}
const events = () => w.db.downloadEvent.findMany({ orderBy: { startedAt: "asc" } });

describe("tokens", () => {
  it("are stored only as a SHA-256, shown once, and work in the manifest link form", async () => {
    const t = await token("a1", "a");
    expect(t.token).toMatch(/^dl_[A-Za-z0-9_-]{43}$/);
    const row = await w.db.accessToken.findUniqueOrThrow({ where: { id: t.id } });
    expect(row.tokenHash).toBe(hashToken(t.token));
    expect(JSON.stringify(row)).not.toContain(t.token.slice(3));
    const uid = storedUid();
    const r = await get(deliveryUrls.tokenDownload(w.licences.a.id, t.token, uid));
    expect(r.status).toBe(200);
    expect(r.headers.get("content-length")).toBe(String(w.stored.get(uid)!.size));
    expect(sha256(Buffer.from(await r.arrayBuffer()))).toBe(w.stored.get(uid)!.sha256);
  });

  it("tampered, expired, revoked, or whose maker left the organisation: 403 and no bytes", async () => {
    const uid = storedUid();
    const t = await token("a1", "a");
    const tampered = t.token.slice(0, -1) + (t.token.endsWith("A") ? "B" : "A");
    await refused(await get(deliveryUrls.tokenDownload(w.licences.a.id, tampered, uid)), 403, /unknown token/);
    await refused(await get(deliveryUrls.tokenDownload(w.licences.a.id, "dl_short", uid)), 403, /malformed/);

    const short = await token("a1", "a", "DOWNLOAD", 1);
    w.clock.t = new Date(w.clock.t.getTime() + 86_400_000 + 1);
    try {
      await refused(await get(deliveryUrls.tokenDownload(w.licences.a.id, short.token, uid)), 403, /expired/);
    } finally {
      w.clock.t = new Date(w.clock.t.getTime() - 86_400_000 - 1);
    }

    // B cannot revoke A's token (it does not exist for B); a member of A can, and so can sales.
    await expect(revokeToken(w.db, w.users.b1, t.id, w.clock.t)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await revokeToken(w.db, w.users.a2, t.id, w.clock.t)).toEqual({ id: t.id, alreadyRevoked: false });
    await refused(await get(deliveryUrls.tokenDownload(w.licences.a.id, t.token, uid)), 403, /revoked/);
    const t2 = await token("a1", "a");
    await revokeToken(w.db, w.users.sales, t2.id, w.clock.t);
    await refused(await get(deliveryUrls.tokenDownload(w.licences.a.id, t2.token, uid)), 403, /revoked/);

    const t3 = await token("a2", "a");
    await w.db.user.update({ where: { id: w.users.a2.id }, data: { organizationId: w.orgB } });
    try {
      await refused(await get(deliveryUrls.tokenDownload(w.licences.a.id, t3.token, uid)), 403, /no longer has access/);
    } finally {
      await w.db.user.update({ where: { id: w.users.a2.id }, data: { organizationId: w.orgA } });
    }
  });

  it("staff cannot make tokens, and a customer cannot make one for another organisation's licence", async () => {
    await expect(token("sales", "a")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(token("b1", "a")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a personal API token downloads from any licence of its organisation with a Bearer header, and no other", async () => {
    const api = await token("a1", "a", "API");
    expect(api.token).toMatch(/^pat_/);
    const uid = storedUid();
    const r = await get(deliveryUrls.download(w.licences.a.id, uid), { authorization: `Bearer ${api.token}` });
    expect(r.status).toBe(200);
    await r.arrayBuffer();
    await refused(
      await get(deliveryUrls.download(w.licences.b.id, uid), { authorization: `Bearer ${api.token}` }),
      403,
      /not for this licence/,
    );
  });
});

describe("IDOR between two customers", () => {
  it("B's session never gets A's study or manifest; B's token never works on A's licence, nor A's on B's", async () => {
    const uid = storedUid();
    await refused(
      await get(deliveryUrls.download(w.licences.a.id, uid), cookie(w.sessions.b1)),
      404,
      /no such licence/,
    );
    await refused(
      await get(deliveryUrls.manifest(w.licences.a.id, "aria2"), cookie(w.sessions.b1)),
      404,
      /no such licence/,
    );
    const tb = await token("b1", "b");
    await refused(await get(deliveryUrls.tokenDownload(w.licences.a.id, tb.token, uid)), 403, /not for this licence/);
    await refused(
      await get(deliveryUrls.manifest(w.licences.a.id, "json", { token: tb.token })),
      403,
      /not for this licence/,
    );
    const ta = await token("a1", "a");
    await refused(await get(deliveryUrls.tokenDownload(w.licences.b.id, ta.token, uid)), 403, /not for this licence/);
    // A download token for one of A's licences is not a key to A's other licences.
    await refused(
      await get(deliveryUrls.tokenDownload(w.licences.aMri3.id, ta.token, uid)),
      403,
      /not for this licence/,
    );
    // Staff do not download customers' data, and nobody anonymous does.
    await refused(
      await get(deliveryUrls.download(w.licences.a.id, uid), cookie(w.sessions.sales)),
      404,
      /no such licence/,
    );
    await refused(await get(deliveryUrls.download(w.licences.a.id, uid)), 401, /sign in/);
    // B's own licence works for B.
    const own = await get(deliveryUrls.download(w.licences.b.id, uid), cookie(w.sessions.b1));
    expect(own.status).toBe(200);
    await own.arrayBuffer();
  });
});

describe("licence state and cohort", () => {
  it("expired, suspended, revoked and pending licences get 403 and no bytes, for sessions and tokens", async () => {
    const uid = storedUid();
    for (const k of ["expired", "suspended", "revoked", "pending"] as const) {
      await refused(
        await get(deliveryUrls.download(w.licences[k].id, uid), cookie(w.sessions.a1)),
        403,
        new RegExp(k === "pending" ? "pending" : k),
      );
      await refused(
        await get(deliveryUrls.manifest(w.licences[k].id, "aria2"), cookie(w.sessions.a1)),
        403,
        /Manifest refused/,
      );
    }
  });

  it("suspending a licence stops its existing tokens at once; reinstating lets them work again", async () => {
    const uid = storedUid();
    const t = await token("a1", "a");
    await w.db.licence.update({ where: { id: w.licences.a.id }, data: { status: "SUSPENDED" } });
    try {
      await refused(await get(deliveryUrls.tokenDownload(w.licences.a.id, t.token, uid)), 403, /suspended/);
    } finally {
      await w.db.licence.update({ where: { id: w.licences.a.id }, data: { status: "ACTIVE" } });
    }
    const r = await get(deliveryUrls.tokenDownload(w.licences.a.id, t.token, uid), { range: "bytes=0-99" });
    expect(r.status).toBe(206);
    expect((await r.arrayBuffer()).byteLength).toBe(100);
  });

  it("a study outside the licence's cohort, or added after its catalogue version, gets 403", async () => {
    const scope = await licenceScope(w.db, {
      ...w.licences.aMri3,
      datasetSlug: "t-delivery",
      cohortFilter: JSON.stringify({ methods: ["MRI 3T"] }),
      catalogueVersion: 2,
    });
    expect(scope.ok).toBe(true);
    const inside = new Set(
      (await scopePage(w.db, scope.ok ? scope.scope : (null as never), { limit: 1000 })).map((s) => s.studyInstanceUid),
    );
    const outside = [...w.v1Uids, ...w.v2Uids].find((u) => !inside.has(u))!;
    expect(outside).toBeDefined();
    expect(inside.size).toBeGreaterThan(0);
    await refused(
      await get(deliveryUrls.download(w.licences.aMri3.id, outside), cookie(w.sessions.a1)),
      403,
      /not in licence/,
    );
    // A licence pinned to version 1 does not cover a study first published in version 2.
    await w.db.licence.update({ where: { id: w.licences.a.id }, data: { catalogueVersion: 1 } });
    try {
      await refused(
        await get(deliveryUrls.download(w.licences.a.id, w.v2Uids[0]!), cookie(w.sessions.a1)),
        403,
        /not in licence/,
      );
    } finally {
      await w.db.licence.update({ where: { id: w.licences.a.id }, data: { catalogueVersion: 2 } });
    }
    const ok = await get(deliveryUrls.download(w.licences.a.id, w.v2Uids[0]!), cookie(w.sessions.a1));
    expect(ok.status).toBe(200);
    await ok.arrayBuffer();
  });

  it("fails closed on a cohort filter that is not JSON or names a value the catalogue does not have", async () => {
    const uid = storedUid();
    await refused(
      await get(deliveryUrls.download(w.licences.badFilter.id, uid), cookie(w.sessions.a1)),
      403,
      /cannot be read/,
    );
    await refused(
      await get(deliveryUrls.download(w.licences.unknownValue.id, uid), cookie(w.sessions.a1)),
      403,
      /cannot be read/,
    );
    await refused(
      await get(deliveryUrls.manifest(w.licences.badFilter.id, "urls"), cookie(w.sessions.a1)),
      403,
      /cannot be read/,
    );
  });

  it("entitlement is bound to the catalogue: the organisation's licence whose cohort holds the study", async () => {
    const inCohort = catalogueMembership(w.db);
    const now = w.clock.t;
    const uid = storedUid();
    expect((await entitlement(w.db, { organizationId: w.orgB, studyId: uid }, { inCohort, now }))?.id).toBe(
      w.licences.b.id,
    );
    expect(await entitlement(w.db, { organizationId: w.orgB, studyId: "1.2.999" }, { inCohort, now })).toBeNull();
    const onlyBad = await w.db.organization.create({ data: { name: "Org C" } });
    await w.db.licence.create({
      data: {
        number: "L-T-C",
        organizationId: onlyBad.id,
        datasetSlug: "t-delivery",
        use: "research",
        cohortFilter: '{"sex":["nope"]}',
        cohortLabel: "c",
        catalogueVersion: 2,
        studyCount: 0,
        sizeBytes: 0n,
        status: "ACTIVE",
        termMonths: 1,
        startsAt: new Date(now.getTime() - 1000),
        expiresAt: new Date(now.getTime() + 1e9),
      },
    });
    expect(await entitlement(w.db, { organizationId: onlyBad.id, studyId: uid }, { inCohort, now })).toBeNull();
  });

  it("a catalogue study whose archive is not in storage (synthetic) gets a clear 404, not a 500", async () => {
    const missing = w.v1Uids.find((u) => !w.stored.has(u))!;
    await refused(
      await get(deliveryUrls.download(w.licences.a.id, missing), cookie(w.sessions.a1)),
      404,
      /Not in storage.*synthetic/,
    );
  });

  it("a study imported with its files is served from its built archive (key, size and SHA-256 of the Study row)", async () => {
    const uid = w.v1Uids.filter((u) => !w.stored.has(u)).at(-1)!;
    const [donorUid, donor] = [...w.stored.entries()][0]!;
    const key = (await w.db.catalogueStudy.findFirstOrThrow({ where: { studyInstanceUid: donorUid } })).objectKey;
    const dataset = await w.db.dataset.findUniqueOrThrow({ where: { slug: "t-delivery" } });
    await w.db.study.create({
      data: {
        datasetId: dataset.id,
        studyInstanceUid: uid,
        storageRoot: w.archives,
        archiveKey: key,
        archiveSize: BigInt(donor.size),
        archiveSha256: donor.sha256,
      },
    });
    const r = await get(deliveryUrls.download(w.licences.a.id, uid), cookie(w.sessions.a1));
    expect(r.status).toBe(200);
    expect(r.headers.get("etag")).toBe(`"sha256-${donor.sha256}"`);
    expect(sha256(Buffer.from(await r.arrayBuffer()))).toBe(donor.sha256);
    const t = await token("a1", "a");
    const sums = await (await get(deliveryUrls.manifest(w.licences.a.id, "sha256", { token: t.token }))).text();
    expect(sums).toContain(`${donor.sha256}  ${uid}.zip\n`);
  });

  it("records every request: who, which licence and study, status, range and bytes", async () => {
    const uid = storedUid();
    const t = await token("a1", "a");
    const before = (await events()).length;
    const recordedBefore = recorded.writes.length;
    const r = await get(deliveryUrls.tokenDownload(w.licences.a.id, t.token, uid), {
      range: "bytes=10-19",
      "user-agent": "rec-test",
    });
    await r.arrayBuffer();
    await recorded.settled(recordedBefore + 1);
    const rows = (await events()).filter((e) => e.userAgent === "rec-test");
    expect(before).toBeGreaterThan(0);
    expect(rows.at(-1)).toMatchObject({
      licenceId: w.licences.a.id,
      tokenId: t.id,
      userId: w.users.a1.id,
      status: 206,
      range: "bytes=10-19",
      bytesSent: 10n,
      complete: true,
      userAgent: "rec-test",
      ip: "127.0.0.1",
    });
    expect(rows.at(-1)!.objectKey).toMatch(/\.zip$/);
  });
});

describe("caps", () => {
  it("a full concurrency cap answers 429 with Retry-After, and a finished download frees its slot", async () => {
    limits = createDeliveryLimits({ ...wide, perTokenConcurrent: 1 });
    try {
      const uid = storedUid();
      const t = await token("a1", "a");
      const url = deliveryUrls.tokenDownload(w.licences.a.id, t.token, uid);
      const recordedBefore = recorded.writes.length;
      const first = await get(url);
      expect(first.status).toBe(200);
      // The first body is not read yet: its slot is held.
      const second = await get(url);
      await refused(second, 429, /too many downloads at once for this token/);
      expect(Number(second.headers.get("retry-after"))).toBeGreaterThan(0);
      // Another token of the same licence has its own slot.
      const other = await get(deliveryUrls.tokenDownload(w.licences.a.id, (await token("a1", "a")).token, uid));
      expect(other.status).toBe(200);
      await other.arrayBuffer();
      // The client walks away mid-file: the closed response gives the slot back.
      await first.body!.cancel();
      // The slot is given back when the response closes, just before it is recorded: once the three requests so far
      // (first, the refused second, other) are recorded, first's slot is free.
      await recorded.settled(recordedBefore + 3);
      const third = await get(url);
      expect(third.status).toBe(200);
      await third.arrayBuffer();
    } finally {
      limits = createDeliveryLimits(wide);
    }
  });

  it("a refused download (403) takes no slot", async () => {
    limits = createDeliveryLimits({ ...wide, perLicenceConcurrent: 1 });
    try {
      for (let i = 0; i < 3; i++)
        await refused(
          await get(deliveryUrls.download(w.licences.aMri3.id, "9.9.9"), cookie(w.sessions.a1)),
          403,
          /not in licence/,
        );
    } finally {
      limits = createDeliveryLimits(wide);
    }
  });
});

describe("manifests", () => {
  const scopeUids = async (licence: "a" | "aMri3", sinceVersion?: number) => {
    const l = await w.db.licence.findUniqueOrThrow({ where: { id: w.licences[licence].id } });
    const s = await licenceScope(w.db, l);
    if (!s.ok) throw new Error(s.problem);
    return (await scopePage(w.db, s.scope, { limit: 5000, sinceVersion })).map((r) => r.studyInstanceUid);
  };

  it("aria2c input file: every study of the cohort with out= and checksum=sha-256=, links carrying a working token", async () => {
    const r = await get(deliveryUrls.manifest(w.licences.aMri3.id, "aria2"), cookie(w.sessions.a1));
    expect(r.status).toBe(200);
    expect(r.headers.get("content-disposition")).toMatch(/attachment; filename="licence-L-T-\d+-aria2\.txt"/);
    const text = await r.text();
    const urls = text.split("\n").filter((l) => l.startsWith("http"));
    const want = await scopeUids("aMri3");
    expect(urls.map((u) => /\/([^/]+)\.zip$/.exec(u)![1])).toEqual(want);
    expect(text.match(/^ {2}checksum=sha-256=[0-9a-f]{64}$/gm)).toHaveLength(want.length);
    expect(text.match(/^ {2}out=[0-9.]+\.zip$/gm)).toHaveLength(want.length);
    // The session's manifest minted a download token for this licence; its links download.
    const tokenInLink = /\/t\/([^/]+)\//.exec(urls[0]!)![1]!;
    const row = await w.db.accessToken.findUniqueOrThrow({ where: { tokenHash: hashToken(tokenInLink) } });
    expect(row).toMatchObject({ kind: "DOWNLOAD", licenceId: w.licences.aMri3.id, userId: w.users.a1.id });
  });

  it("URL list, sha256sum file and JSON agree; a download token's manifest reuses that token", async () => {
    const t = await token("a1", "a");
    const want = await scopeUids("a");
    const urls = (await (await get(deliveryUrls.manifest(w.licences.a.id, "urls", { token: t.token }))).text())
      .trim()
      .split("\n");
    expect(urls).toHaveLength(want.length);
    expect(urls.every((u) => u.includes(`/t/${t.token}/`))).toBe(true);
    const sums = (await (await get(deliveryUrls.manifest(w.licences.a.id, "sha256", { token: t.token }))).text())
      .trim()
      .split("\n");
    expect(sums.map((l) => l.split("  ")[1])).toEqual(want.map((u) => `${u}.zip`));
    const json = (await (await get(deliveryUrls.manifest(w.licences.a.id, "json", { token: t.token }))).json()) as {
      studies: { studyInstanceUid: string; sha256: string; url: string }[];
      catalogueVersion: number;
    };
    expect(json.catalogueVersion).toBe(2);
    expect(json.studies.map((s) => s.studyInstanceUid)).toEqual(want);
    expect(json.studies.map((s) => `${s.sha256}  ${s.studyInstanceUid}.zip`)).toEqual(sums);
  });

  it("parts are disjoint and together the whole; since=N holds only what was added after N; since=last after a download", async () => {
    const t = await token("a1", "a");
    const all = await scopeUids("a");
    const got: string[] = [];
    for (let part = 1; part <= 3; part++) {
      const r = await get(
        deliveryUrls.manifest(w.licences.a.id, "sha256", { token: t.token, part: String(part), parts: "3" }),
      );
      expect(r.headers.get("content-disposition")).toContain(`part-${part}-of-3`);
      const lines = (await r.text()).trim().split("\n").filter(Boolean);
      expect(lines.length).toBeGreaterThan(0);
      got.push(...lines.map((l) => l.split("  ")[1]!.replace(/\.zip$/, "")));
    }
    expect(got.sort()).toEqual([...all].sort());
    expect(new Set(got).size).toBe(all.length);

    const since1 = (
      await (await get(deliveryUrls.manifest(w.licences.a.id, "sha256", { token: t.token, since: "1" }))).text()
    )
      .trim()
      .split("\n");
    expect(since1.map((l) => l.split("  ")[1]!.replace(/\.zip$/, "")).sort()).toEqual([...w.v2Uids].sort());
    // Downloads under licence a happened above (after version 2 was published): "since my last download" is empty.
    const sinceLast = await (
      await get(deliveryUrls.manifest(w.licences.a.id, "sha256", { token: t.token, since: "last" }))
    ).text();
    expect(sinceLast).toBe("");
    // A licence nobody downloaded from yet: since=last is everything.
    const tb = await token("b1", "b");
    const bLast = (
      await (await get(deliveryUrls.manifest(w.licences.b.id, "sha256", { token: tb.token, since: "last" }))).text()
    )
      .trim()
      .split("\n");
    const bEvents = await w.db.downloadEvent.count({
      where: { licenceId: w.licences.b.id, status: { in: [200, 206] } },
    });
    if (bEvents === 0) expect(bLast).toHaveLength(all.length);
  });

  it("refuses bad parameters with a clear 400", async () => {
    const t = await token("a1", "a");
    await refused(
      await get(deliveryUrls.manifest(w.licences.a.id, "zip", { token: t.token })),
      400,
      /format must be one of aria2, urls, sha256, json/,
    );
    await refused(
      await get(deliveryUrls.manifest(w.licences.a.id, "urls", { token: t.token, part: "4", parts: "3" })),
      400,
      /part must be/,
    );
    await refused(
      await get(deliveryUrls.manifest(w.licences.a.id, "urls", { token: t.token, since: "yesterday" })),
      400,
      /since must be/,
    );
  });
});

describe("download history", () => {
  it("an organisation sees only its own licences' rows; the desk filters by organisation or licence; pages do not overlap", async () => {
    // B downloads once, so both organisations have history; every request so far is recorded once written.
    const recordedBefore = recorded.writes.length;
    const r = await get(deliveryUrls.download(w.licences.b.id, storedUid()), {
      ...cookie(w.sessions.b1),
      range: "bytes=0-0",
    });
    await r.arrayBuffer();
    await recorded.settled(recordedBefore + 1);
    const bRows = (await historyPage(w.db, { organizationId: w.orgB }, { limit: 1000 })).rows;
    const aLicences = new Set(
      Object.values(w.licences)
        .map((l) => l.id)
        .filter((id) => id !== w.licences.b.id),
    );
    expect(bRows.length).toBeGreaterThan(0);
    expect(bRows.every((x) => x.licenceId === w.licences.b.id)).toBe(true);
    const aRows = (await historyPage(w.db, { organizationId: w.orgA }, { limit: 1000 })).rows;
    expect(aRows.length).toBeGreaterThan(3);
    expect(aRows.every((x) => x.licenceId !== null && aLicences.has(x.licenceId))).toBe(true);
    // B naming A's licence in the filter gets nothing.
    expect((await historyPage(w.db, { organizationId: w.orgB, licenceId: w.licences.a.id })).rows).toEqual([]);
    // Keyset pages: disjoint, newest first, together everything.
    const seen: string[] = [];
    let before: string | null = null;
    do {
      const p = await historyPage(w.db, { organizationId: w.orgA }, { before, limit: 3 });
      seen.push(...p.rows.map((x) => x.id));
      before = p.next;
    } while (before);
    expect(seen).toEqual(aRows.map((x) => x.id));
    // The desk: one licence.
    const one = (await historyPage(w.db, { licenceId: w.licences.b.id }, { limit: 1000 })).rows;
    expect(one.map((x) => x.id)).toEqual(bRows.map((x) => x.id));
  });

  it("CSV export streams every row of the organisation, with formula-looking cells defused", async () => {
    let csv = "";
    for await (const chunk of historyCsv(w.db, { organizationId: w.orgA }, 4)) csv += chunk;
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trim().split("\r\n");
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(lines[0]).toBe(
      "started_at,finished_at,organisation,licence,study_or_object,status,range,bytes_sent,complete,user,token,ip,user_agent",
    );
    expect(lines.length - 1).toBe((await historyPage(w.db, { organizationId: w.orgA }, { limit: 1000 })).rows.length);
    expect(csv).not.toContain("Org B");
  });
});

describe("archives on disk", () => {
  it("fixture bytes are what the catalogue says", () => {
    for (const [, s] of w.stored) expect(sha256(fs.readFileSync(s.file))).toBe(s.sha256);
    expect(path.isAbsolute(w.archives)).toBe(true);
  });
});
