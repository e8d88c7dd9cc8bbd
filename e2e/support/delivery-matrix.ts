// The delivery rows of the authorisation matrix (e2e/authz-matrix.spec.ts): the portal pages, CSV exports, token
// actions and the Pages Router download/manifest routes. A's licence: B gets 404 like a licence that does not exist;
// staff see history and revoke tokens at the desk but do not download customers' data.
import crypto from "node:crypto";
import type { Ctx, Entry, Expectations } from "../authz-matrix.spec";
import { e2eDb, newId, row, sqlDate } from "./auth-db";
import { insertLicence } from "./licensing";

const customerPage: Expectations = { anonymous: "signin", customerA: "ok", customerB: "ok", sales: 403, admin: 403 };
const staffPage: Expectations = { anonymous: "signin", customerA: 403, customerB: 403, sales: "ok", admin: "ok" };
const api = (e: Expectations): Expectations => ({ ...e, anonymous: e.anonymous === "signin" ? 401 : e.anonymous });
/** A's licence through the download routes: only A's members download. */
const downloadOnA: Expectations = { anonymous: 401, customerA: "ok", customerB: 404, sales: 404, admin: 404 };
const ACCOUNT = "app/(account)/account/delivery-actions.ts";

const orgA = (c: Ctx) => c.users.customerA!.organizationId!;
const userA = (c: Ctx) => c.users.customerA!.id;
const count = (sql: string, ...p: unknown[]) => row<{ n: number }>(sql, ...p)!.n;
const unique = (label: string) => `${label} ${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
const sampleUid = () =>
  row<{ uid: string }>(
    `SELECT studyInstanceUid AS uid FROM "Study" WHERE isSample = TRUE AND archiveKey IS NOT NULL LIMIT 1`,
  )!.uid;

export function insertToken(
  c: Ctx,
  licenceId: string | null,
  opts: { revoked?: boolean; kind?: "DOWNLOAD" | "API" } = {},
): { id: string; token: string } {
  const kind = opts.kind ?? "DOWNLOAD";
  const token = `${kind === "API" ? "pat_" : "dl_"}${crypto.randomBytes(32).toString("base64url")}`;
  const id = newId();
  const now = sqlDate(new Date());
  e2eDb()
    .prepare(
      `INSERT INTO "AccessToken" (id, kind, tokenHash, prefix, name, userId, organizationId, licenceId, createdAt, expiresAt, revokedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      kind,
      crypto.createHash("sha256").update(token).digest("hex"),
      token.slice(0, 9),
      "matrix",
      userA(c),
      orgA(c),
      licenceId,
      now,
      sqlDate(new Date(Date.now() + 86_400_000)),
      opts.revoked ? now : null,
    );
  return { id, token };
}

export const deliveryMatrix: Entry[] = [
  { kind: "page", route: "/account/tokens", path: () => "/account/tokens", expect: customerPage },
  { kind: "page", route: "/account/downloads", path: () => "/account/downloads", expect: customerPage },
  {
    kind: "route",
    route: "/account/downloads/export",
    path: () => "/account/downloads/export",
    expect: api(customerPage),
  },
  { kind: "page", route: "/desk/downloads", path: () => "/desk/downloads", expect: staffPage },
  { kind: "route", route: "/desk/downloads/export", path: () => "/desk/downloads/export", expect: api(staffPage) },
  {
    kind: "route",
    route: "/api/delivery/licences/[id]/manifest",
    path: (c) => `/api/delivery/licences/${insertLicence(orgA(c)).id}/manifest?format=aria2`,
    expect: downloadOnA,
  },
  {
    kind: "route",
    route: "/api/delivery/licences/[id]/studies/[file]",
    path: (c) => `/api/delivery/licences/${insertLicence(orgA(c)).id}/studies/${sampleUid()}.zip`,
    expect: downloadOnA,
    download: true,
  },
  {
    // A revoked token is refused whoever sends it, A's own session cookie included (a presented token decides alone).
    kind: "route",
    route: "/api/delivery/licences/[id]/t/[token]/[file]",
    path: (c) => {
      const l = insertLicence(orgA(c));
      return `/api/delivery/licences/${l.id}/t/${insertToken(c, l.id, { revoked: true }).token}/${sampleUid()}.zip`;
    },
    expect: { anonymous: 403, customerA: 403, customerB: 403, sales: 403, admin: 403 },
  },
  {
    kind: "action",
    file: ACCOUNT,
    name: "createDownloadTokenAction",
    expect: { anonymous: 401, customerA: "ok", customerB: 404, sales: 403, admin: 403 },
    target: (c) => {
      const l = insertLicence(orgA(c));
      const name = unique("Matrix token");
      return {
        page: `/account/licences/${l.id}`,
        fields: { licenceId: l.id, name, ttlDays: "7" },
        happened: () =>
          count(`SELECT count(*) AS n FROM "AccessToken" WHERE licenceId = ? AND name = ?`, l.id, name) === 1,
      };
    },
  },
  {
    kind: "action",
    file: ACCOUNT,
    name: "createApiTokenAction",
    expect: { anonymous: 401, customerA: "ok", customerB: "ok", sales: 403, admin: 403 },
    target: () => {
      const name = unique("Matrix API token");
      return {
        page: "/account/tokens",
        fields: { name, ttlDays: "30" },
        happened: () => count(`SELECT count(*) AS n FROM "AccessToken" WHERE kind = 'API' AND name = ?`, name) === 1,
      };
    },
  },
  {
    kind: "action",
    file: ACCOUNT,
    name: "revokeTokenAction",
    expect: { anonymous: 401, customerA: "ok", customerB: 404, sales: "ok", admin: "ok" },
    target: (c) => {
      const t = insertToken(c, insertLicence(orgA(c)).id);
      return {
        page: "/account/tokens",
        fields: { tokenId: t.id, back: "/account/tokens" },
        happened: () =>
          count(`SELECT count(*) AS n FROM "AccessToken" WHERE id = ? AND revokedAt IS NOT NULL`, t.id) === 1,
      };
    },
  },
];
