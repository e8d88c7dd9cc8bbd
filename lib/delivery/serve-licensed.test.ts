// serveLicensed called directly on a scratch world (lib/delivery/test-utils/licensed-fixture.ts) with real archive files
// and the real caps: what it answers (status, headers, the exact bytes of a range) and what it records, for the
// caller kinds, the refusals before any byte, the caps and their slots, and presigning storage. The same function over
// HTTP, with the manifests and the history, is covered in licensed.test.ts.
import crypto from "node:crypto";
import fs from "node:fs";
import type { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalStorage, type Storage } from "../storage";
import { createDeliveryLimits, type DeliveryLimits, type LimitSettings } from "./limits";
import type { DownloadContext } from "./record-download";
import type { DeliveryOutcome, ServeRequest } from "./serve-object";
import { serveLicensed, type LicensedDeps, type LicensedRequest } from "./serve-licensed";
import { createToken } from "./tokens";
import { dropWorld, makeWorld, type World } from "./test-utils/licensed-fixture";

let w: World;
let storage: Storage;
const wide: LimitSettings = {
  perLicenceConcurrent: 100,
  perTokenConcurrent: 100,
  perLicencePerMinute: 10_000,
  perTokenPerMinute: 10_000,
};

beforeAll(async () => {
  w = await makeWorld();
  storage = createLocalStorage(w.archives);
});
afterAll(() => dropWorld(w));

type Record = { ctx: DownloadContext; outcome: DeliveryOutcome };
function setup(o: { limits?: DeliveryLimits; storage?: Storage } = {}) {
  const records: Record[] = [];
  const deps: LicensedDeps = {
    db: w.db,
    storage: o.storage ?? storage,
    limits: o.limits ?? createDeliveryLimits(wide),
    now: w.clock.now,
    presignSeconds: 90,
    record: (ctx, outcome) => records.push({ ctx: { ...ctx }, outcome }),
  };
  return { deps, records };
}
const serve = (s: Partial<ServeRequest> = {}): ServeRequest => ({
  method: "GET",
  range: null,
  ifRange: null,
  ifNoneMatch: null,
  ...s,
});
const request = (
  licence: keyof World["licences"],
  file: string,
  r: Partial<LicensedRequest> = {},
): LicensedRequest => ({
  licenceId: w.licences[licence].id,
  file,
  credentials: { sessionToken: w.sessions.a1 },
  serve: serve(),
  ip: "203.0.113.7",
  userAgent: "aria2/1.37",
  ...r,
});
const bytes = async (body: Readable | null) => Buffer.concat(body ? await body.toArray() : []);
const stored = () => {
  const [uid, s] = [...w.stored.entries()][0]!;
  return { uid, ...s, data: fs.readFileSync(s.file) };
};
const objectKeyOf = async (uid: string) =>
  (await w.db.catalogueStudy.findFirstOrThrow({ where: { studyInstanceUid: uid } })).objectKey;

describe("serveLicensed: serving", () => {
  it("serves a customer the whole archive with its hash, and records it once the body is read", async () => {
    const { deps, records } = setup();
    const st = stored();
    const r = await serveLicensed(deps, request("a", `${st.uid}.zip`));
    expect(r.status).toBe(200);
    expect(r.headers["content-length"]).toBe(String(st.size));
    expect(r.headers["content-type"]).toBe("application/zip");
    expect(r.headers["content-disposition"]).toContain(`${st.uid}.zip`);
    expect(r.headers["repr-digest"]).toBe(`sha-256=:${Buffer.from(st.sha256, "hex").toString("base64")}:`);
    expect(records).toEqual([]); // nothing is recorded before the bytes are sent
    const body = await bytes(r.body);
    expect(crypto.createHash("sha256").update(body).digest("hex")).toBe(st.sha256);
    expect(records).toEqual([
      {
        ctx: {
          studyId: null,
          objectKey: await objectKeyOf(st.uid),
          ip: "203.0.113.7",
          userAgent: "aria2/1.37",
          startedAt: w.clock.t,
          userId: w.users.a1.id,
          licenceId: w.licences.a.id,
        },
        outcome: { status: 200, bytesSent: st.size, complete: true, range: null },
      },
    ]);
  });

  it("serves byte ranges: a span, a suffix, an open end; 416 past the end; the whole file for a stale If-Range", async () => {
    const { deps } = setup();
    const st = stored();
    const get = (range: string, ifRange: string | null = null) =>
      serveLicensed(deps, request("a", st.uid, { serve: serve({ range, ifRange }) }));

    const span = await get("bytes=100-199");
    expect(span.status).toBe(206);
    expect(span.headers["content-range"]).toBe(`bytes 100-199/${st.size}`);
    expect(span.headers["content-length"]).toBe("100");
    expect((await bytes(span.body)).equals(st.data.subarray(100, 200))).toBe(true);

    const suffix = await get("bytes=-10");
    expect(suffix.headers["content-range"]).toBe(`bytes ${st.size - 10}-${st.size - 1}/${st.size}`);
    expect((await bytes(suffix.body)).equals(st.data.subarray(st.size - 10))).toBe(true);

    const open = await get(`bytes=${st.size - 3}-`);
    expect((await bytes(open.body)).equals(st.data.subarray(st.size - 3))).toBe(true);

    const past = await get(`bytes=${st.size}-`);
    expect(past.status).toBe(416);
    expect(past.headers["content-range"]).toBe(`bytes */${st.size}`);
    expect(past.body).toBeNull();

    const etag = span.headers.etag!;
    const resumed = await get("bytes=100-199", etag);
    expect(resumed.status).toBe(206);
    await bytes(resumed.body);
    const stale = await get("bytes=100-199", '"another-version"');
    expect(stale.status).toBe(200);
    expect((await bytes(stale.body)).equals(st.data)).toBe(true);
  });

  it("answers HEAD with the length and no body", async () => {
    const { deps, records } = setup();
    const st = stored();
    const r = await serveLicensed(deps, request("a", st.uid, { serve: serve({ method: "HEAD" }) }));
    expect(r).toMatchObject({ status: 200, body: null });
    expect(r.headers["content-length"]).toBe(String(st.size));
    expect(records.map((x) => x.outcome)).toEqual([{ status: 200, bytesSent: 0, complete: true, range: null }]);
  });

  it("a download token records its token and maker, and marks the token used at the request's time", async () => {
    const { deps, records } = setup();
    const st = stored();
    const t = await createToken(
      w.db,
      w.users.a2,
      { kind: "DOWNLOAD", name: "t", licenceId: w.licences.a.id, ttlDays: 30 },
      w.clock.t,
    );
    const r = await serveLicensed(deps, request("a", st.uid, { credentials: { urlToken: t.token } }));
    expect(r.status).toBe(200);
    await bytes(r.body);
    expect(records[0]!.ctx).toMatchObject({ tokenId: t.id, userId: w.users.a2.id, licenceId: w.licences.a.id });
    // Marked in the background after the response: poll the row, not the clock.
    for (let i = 0; ; i++) {
      const row = await w.db.accessToken.findUniqueOrThrow({ where: { id: t.id } });
      if (row.lastUsedAt) {
        expect(row.lastUsedAt).toEqual(w.clock.t);
        break;
      }
      if (i > 200) throw new Error("the token was never marked used");
      await new Promise((r) => setImmediate(r));
    }
  });
});

describe("serveLicensed: refusals, before any byte, each recorded", () => {
  it("refuses without credentials, another organisation's licence, a study outside the cohort and a bad name", async () => {
    const { deps, records } = setup();
    const st = stored();
    const cases: [LicensedRequest, number, RegExp][] = [
      [request("a", st.uid, { credentials: {} }), 401, /sign in/],
      // B's session on A's licence: "no such licence", as for an id that does not exist.
      [request("a", st.uid, { credentials: { sessionToken: w.sessions.b1 } }), 404, /no such licence/],
      [request("a", st.uid, { licenceId: "no-such-licence" }), 404, /no such licence/],
      [request("expired", st.uid), 403, /is expired/],
      [request("suspended", st.uid), 403, /is suspended/],
      [
        request("a", "1.2.3.4.5.zip"),
        403,
        new RegExp(`study 1\\.2\\.3\\.4\\.5 is not in licence ${w.licences.a.number}`),
      ],
      [request("a", "../../etc/passwd"), 404, /not a study file name/],
      [request("badFilter", st.uid), 403, /cohort cannot be read/],
    ];
    for (const [req, status, text] of cases) {
      const r = await serveLicensed(deps, req);
      expect([r.status, r.headers["content-type"]]).toEqual([status, expect.stringMatching(/^text\/plain/)]);
      expect(await bytes(r.body).then(String)).toMatch(text);
    }
    expect(records.map((x) => x.outcome)).toEqual(
      cases.map(([, status]) => ({ status, bytesSent: 0, complete: true, range: null })),
    );
    // The licence is recorded once the caller may use it, the user once the caller is known.
    expect(records[1]!.ctx).toMatchObject({ userId: w.users.b1.id });
    expect(records[1]!.ctx.licenceId).toBeUndefined();
    expect(records[5]!.ctx).toMatchObject({ licenceId: w.licences.a.id, userId: w.users.a1.id });
  });

  it("a study of the cohort whose archive is not in storage: 404 naming it, and its slot given back", async () => {
    const { deps } = setup({ limits: createDeliveryLimits({ ...wide, perLicenceConcurrent: 1 }) });
    const missing = w.v1Uids.find((u) => !w.stored.has(u))!;
    for (let i = 0; i < 2; i++) {
      const r = await serveLicensed(deps, request("a", missing));
      expect(r.status).toBe(404);
      expect(await bytes(r.body).then(String)).toMatch(
        new RegExp(`study ${missing.replace(/\./g, "\\.")} has not been delivered.*synthetic`),
      );
    }
  });
});

describe("serveLicensed: caps", () => {
  it("a full concurrency cap refuses with 429 and Retry-After until the download holding the slot has ended", async () => {
    const { deps, records } = setup({ limits: createDeliveryLimits({ ...wide, perLicenceConcurrent: 1 }) });
    const st = stored();
    const first = await serveLicensed(deps, request("a", st.uid));
    expect(first.status).toBe(200);
    const second = await serveLicensed(deps, request("a", st.uid));
    expect(second.status).toBe(429);
    expect(Number(second.headers["retry-after"])).toBeGreaterThan(0);
    expect(await bytes(second.body).then(String)).toMatch(/^Slow down: /);
    await bytes(first.body); // ends the first download: its slot is released before it is recorded
    expect(records.map((r) => r.outcome.status)).toEqual([429, 200]);
    await new Promise((r) => setImmediate(r)); // the in-memory release settles within this turn
    const third = await serveLicensed(deps, request("a", st.uid));
    expect(third.status).toBe(200);
    await bytes(third.body);
  });

  it("a per-minute cap refuses the requests past it", async () => {
    const { deps } = setup({ limits: createDeliveryLimits({ ...wide, perLicencePerMinute: 2 }) });
    const st = stored();
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await serveLicensed(deps, request("a", st.uid, { serve: serve({ method: "HEAD" }) }));
      statuses.push(r.status);
    }
    expect(statuses).toEqual([200, 200, 429]);
  });
});

describe("serveLicensed: presigning storage", () => {
  const presigning = (present: boolean): Storage => ({
    ...storage,
    stat: async (key) => (present ? storage.stat(key) : null),
    presignGet: async (key, o) => `https://bucket.test/${key}?expires=${o.expiresIn}&name=${o.fileName}`,
  });

  it("redirects to a presigned URL valid presignSeconds, named after the study", async () => {
    const { deps, records } = setup({ storage: presigning(true) });
    const st = stored();
    const r = await serveLicensed(deps, request("a", `${st.uid}.zip`));
    expect(r.status).toBe(302);
    expect(r.headers.location).toBe(`https://bucket.test/${await objectKeyOf(st.uid)}?expires=90&name=${st.uid}.zip`);
    expect(records.map((x) => x.outcome.status)).toEqual([302]);
  });

  it("answers 404 instead of presigning an object that is not in the bucket", async () => {
    const { deps } = setup({ storage: presigning(false) });
    const r = await serveLicensed(deps, request("a", stored().uid));
    expect(r.status).toBe(404);
    expect(r.headers.location).toBeUndefined();
  });
});
