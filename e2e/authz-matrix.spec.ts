// The authorisation matrix: every protected page, route handler and server action against every kind of caller,
// over HTTP. Each row seeds its own callers and targets. A completeness check fails when the build has an entry point
// that is neither in this table nor knowingly public: a new feature must add its rows here.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_BASE_URL, E2E_DATA_DIR, E2E_ENV } from "./support/e2e-env";
import { putAttachmentFile } from "./support/attachment-file";
import {
  addEnquiryEvent,
  count,
  createEnquiry,
  createOrganization,
  createUser,
  row,
  uniqueReference,
} from "./support/auth-db";
import { SESSION_COOKIE, seedSignedIn, type SignedInUser } from "./support/auth-fixture";
import { hashSessionToken } from "../lib/auth/session-token";
import { actionManifest, callAction } from "./support/auth-actions";
import { createFailedJob } from "./support/jobs-db";
import { licensingMatrix, prepareLicensingMatrix } from "./support/licensing-matrix";
import { deliveryMatrix } from "./support/delivery-matrix";

export type Who = "anonymous" | "customerA" | "customerB" | "sales" | "admin";
export type Expected = "ok" | "signin" | 401 | 403 | 404;
export type Expectations = Record<Who, Expected>;
const WHO: Who[] = ["anonymous", "customerA", "customerB", "sales", "admin"];

const anyUser: Expectations = { anonymous: "signin", customerA: "ok", customerB: "ok", sales: "ok", admin: "ok" };
const staffPage: Expectations = { anonymous: "signin", customerA: 403, customerB: 403, sales: "ok", admin: "ok" };
const adminPage: Expectations = { anonymous: "signin", customerA: 403, customerB: 403, sales: 403, admin: "ok" };
const everyone: Expectations = { anonymous: "ok", customerA: "ok", customerB: "ok", sales: "ok", admin: "ok" };
// Actions and route handlers answer 401 rather than redirecting.
const api = (e: Expectations): Expectations => ({ ...e, anonymous: e.anonymous === "signin" ? 401 : e.anonymous });

export interface Ctx {
  users: Partial<Record<Who, SignedInUser>>;
}
export interface Target {
  page: string;
  fields: Record<string, string>;
  /** Whether the action's effect happened (checked in the database). */
  happened?: () => boolean;
}
export type Entry =
  | {
      kind: "page" | "route";
      route: string;
      path: (c: Ctx) => string;
      expect: Expectations;
      contains?: (c: Ctx, who: Who) => string;
      /** A file download: granted means 200 with local storage, or (STORAGE_DRIVER=s3, the topology) a 302 to a
       * presigned URL in the bucket, which then serves the file. */
      download?: true;
    }
  | { kind: "action"; file: string; name: string; expect: Expectations; target: (c: Ctx) => Target };

const DESK_ACTIONS = "app/(desk)/desk/enquiries/actions.ts";
const ADMIN_ACTIONS = "app/(desk)/desk/admin/actions.ts";
const JOB_ACTIONS = "app/(desk)/desk/admin/jobs/actions.ts";
const ACCOUNT_ACTIONS = "app/(account)/account/actions.ts";
const BUYER_ACTIONS = "app/(account)/account/enquiries/actions.ts";
// A buyer's enquiry belongs to the address it was sent from: customer A's is nobody else's, staff included (they
// work it on the desk).
const ownerOnly: Expectations = { anonymous: "signin", customerA: "ok", customerB: 404, sales: 404, admin: 404 };
const ownEnquiry = (c: Ctx) => {
  const reference = uniqueReference();
  const id = createEnquiry({ email: c.users.customerA!.email, reference });
  return { id, reference };
};

const enquiryTarget =
  (fields: (id: string) => Record<string, string>, happened: (id: string) => boolean) => (): Target => {
    const id = createEnquiry();
    return { page: `/desk/enquiries/${id}`, fields: fields(id), happened: () => happened(id) };
  };
const userTarget =
  (fields: (id: string, orgId: string) => Record<string, string>, happened: (id: string, orgId: string) => boolean) =>
  (): Target => {
    const org = createOrganization();
    const u = createUser("CUSTOMER");
    return { page: "/desk/admin/users", fields: fields(u.id, org.id), happened: () => happened(u.id, org.id) };
  };
const status = (id: string) => row<{ status: string }>(`SELECT status FROM "Enquiry" WHERE id = ?`, id)?.status;
const events = (id: string, type: string) =>
  row<{ n: number }>(`SELECT count(*) AS n FROM "EnquiryEvent" WHERE enquiryId = ? AND type = ?`, id, type)!.n;
const user = (id: string) =>
  row<{ role: string; disabled: number; organizationId: string | null }>(
    `SELECT role, disabled, organizationId FROM "User" WHERE id = ?`,
    id,
  )!;

const matrix: Entry[] = [
  // ---- account
  {
    kind: "page",
    route: "/account",
    path: () => "/account",
    expect: anyUser,
    contains: (c, who) => c.users[who]!.email,
  },
  {
    kind: "action",
    file: ACCOUNT_ACTIONS,
    name: "updateProfileAction",
    expect: api(anyUser),
    target: () => ({ page: "/account", fields: { name: "Renamed By Matrix" } }),
  },
  {
    kind: "action",
    file: ACCOUNT_ACTIONS,
    name: "signOutEverywhereAction",
    expect: api(anyUser),
    target: () => ({ page: "/account", fields: {} }),
  },
  {
    kind: "page",
    route: "/account/enquiries",
    path: () => "/account/enquiries",
    expect: anyUser,
    contains: (c, who) => c.users[who]!.email,
  },
  {
    kind: "page",
    route: "/account/enquiries/[reference]",
    path: (c) => `/account/enquiries/${ownEnquiry(c).reference}`,
    expect: ownerOnly,
  },
  {
    kind: "action",
    file: BUYER_ACTIONS,
    name: "buyerReplyAction",
    expect: api(ownerOnly),
    target: (c) => {
      const e = ownEnquiry(c);
      return {
        page: `/account/enquiries/${e.reference}`,
        fields: { reference: e.reference, body: "matrix reply" },
        happened: () => events(e.id, "buyer-reply") > 0,
      };
    },
  },
  {
    // A file sales attached to a reply: staff and the buyer it was sent to, nobody else.
    kind: "route",
    route: "/api/enquiry-attachments/[eventId]/[index]",
    expect: { anonymous: 401, customerA: "ok", customerB: 404, sales: "ok", admin: "ok" },
    path: (c) => {
      const { id } = ownEnquiry(c);
      const key = `enquiries/${id}/matrix/quote.pdf`;
      putAttachmentFile(key, "%PDF-1.4 matrix");
      const attachments = [
        { key, name: "quote.pdf", size: 15, contentType: "application/pdf", sha256: "0".repeat(64) },
      ];
      return `/api/enquiry-attachments/${addEnquiryEvent(id, { type: "email", body: "Quote attached", data: { reply: true, attachments } })}/0`;
    },
    contains: () => "%PDF-1.4 matrix",
  },
  // ---- sales desk
  { kind: "page", route: "/desk", path: () => "/desk", expect: staffPage },
  { kind: "page", route: "/desk/enquiries/[id]", path: () => `/desk/enquiries/${createEnquiry()}`, expect: staffPage },
  {
    kind: "route",
    route: "/desk/enquiries/export",
    path: () => "/desk/enquiries/export?status=ALL",
    expect: api(staffPage),
  },
  {
    kind: "action",
    file: DESK_ACTIONS,
    name: "changeStatusAction",
    expect: api(staffPage),
    target: enquiryTarget(
      (id) => ({ enquiryId: id, status: "QUOTED" }),
      (id) => status(id) === "QUOTED",
    ),
  },
  {
    kind: "action",
    file: DESK_ACTIONS,
    name: "assignAction",
    expect: api(staffPage),
    target: () => {
      const id = createEnquiry();
      const assignee = createUser("SALES");
      return {
        page: `/desk/enquiries/${id}`,
        fields: { enquiryId: id, assigneeId: assignee.id },
        happened: () => events(id, "assigned") > 0,
      };
    },
  },
  {
    kind: "action",
    file: DESK_ACTIONS,
    name: "addNoteAction",
    expect: api(staffPage),
    target: enquiryTarget(
      (id) => ({ enquiryId: id, body: "matrix note" }),
      (id) => events(id, "note") > 0,
    ),
  },
  {
    kind: "action",
    file: DESK_ACTIONS,
    name: "replyAction",
    expect: api(staffPage),
    target: enquiryTarget(
      (id) => ({ enquiryId: id, subject: "Matrix", body: "Hello" }),
      (id) => events(id, "email") > 0,
    ),
  },
  // ---- admin
  { kind: "page", route: "/desk/admin/users", path: () => "/desk/admin/users", expect: adminPage },
  { kind: "page", route: "/desk/admin/organizations", path: () => "/desk/admin/organizations", expect: adminPage },
  { kind: "page", route: "/desk/admin/audit", path: () => "/desk/admin/audit", expect: adminPage },
  { kind: "page", route: "/desk/admin/catalogue", path: () => "/desk/admin/catalogue", expect: adminPage },
  { kind: "page", route: "/desk/admin/jobs", path: () => "/desk/admin/jobs", expect: adminPage },
  {
    kind: "action",
    file: JOB_ACTIONS,
    name: "retryJobAction",
    expect: api(adminPage),
    target: () => {
      const id = createFailedJob();
      return {
        page: "/desk/admin/jobs",
        fields: { jobId: id },
        happened: () => row<{ state: string }>(`SELECT state FROM "Job" WHERE id = ?`, id)?.state !== "failed",
      };
    },
  },
  {
    kind: "action",
    file: JOB_ACTIONS,
    name: "refreshCatalogueAction",
    expect: api(adminPage),
    target: () => {
      const before = count(`SELECT count(*) AS n FROM "Job" WHERE name = 'refresh-catalogue'`);
      return {
        page: "/desk/admin/jobs",
        fields: { datasetSlug: "lumbar-spine-mri" },
        happened: () => count(`SELECT count(*) AS n FROM "Job" WHERE name = 'refresh-catalogue'`) > before,
      };
    },
  },
  {
    kind: "action",
    file: JOB_ACTIONS,
    name: "startImportAction",
    expect: api(adminPage),
    target: () => {
      const source = fs.mkdtempSync(path.join(E2E_DATA_DIR, "matrix-import-"));
      return {
        page: "/desk/admin/jobs",
        fields: { source, datasetSlug: "authz-matrix", sample: "" },
        happened: () =>
          !!row(`SELECT id FROM "Job" WHERE name = 'import-folder' AND data LIKE ?`, `%${path.basename(source)}%`),
      };
    },
  },
  // ---- catalogue: the cohort count is public (the cohort page's live updates)
  {
    kind: "route",
    route: "/api/cohort/count",
    path: () => "/api/cohort/count?condition=Disc%20herniation",
    expect: everyone,
  },
  // E2E runs in demo mode, so the dev mailbox exists (it is 404 on a production site without DEMO_MODE).
  { kind: "page", route: "/desk/admin/mailbox", path: () => "/desk/admin/mailbox", expect: adminPage },
  {
    kind: "action",
    file: ADMIN_ACTIONS,
    name: "inviteUserAction",
    expect: api(adminPage),
    target: () => {
      const email = `invited-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@e2e.example`;
      return {
        page: "/desk/admin/users",
        fields: { email, role: "SALES", organizationId: "" },
        happened: () => !!row(`SELECT id FROM "User" WHERE email = ?`, email),
      };
    },
  },
  {
    kind: "action",
    file: ADMIN_ACTIONS,
    name: "changeRoleAction",
    expect: api(adminPage),
    target: userTarget(
      (id) => ({ userId: id, role: "ADMIN" }),
      (id) => user(id).role === "ADMIN",
    ),
  },
  {
    kind: "action",
    file: ADMIN_ACTIONS,
    name: "setDisabledAction",
    expect: api(adminPage),
    target: userTarget(
      (id) => ({ userId: id, disabled: "true" }),
      (id) => user(id).disabled === 1,
    ),
  },
  {
    kind: "action",
    file: ADMIN_ACTIONS,
    name: "setOrganizationAction",
    expect: api(adminPage),
    target: userTarget(
      (id, org) => ({ userId: id, organizationId: org }),
      (id, org) => user(id).organizationId === org,
    ),
  },
  {
    kind: "action",
    file: ADMIN_ACTIONS,
    name: "createOrganizationAction",
    expect: api(adminPage),
    target: () => {
      const name = `Matrix Org ${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
      return {
        page: "/desk/admin/organizations",
        fields: { name },
        happened: () => !!row(`SELECT id FROM "Organization" WHERE name = ?`, name),
      };
    },
  },
  {
    kind: "action",
    file: ADMIN_ACTIONS,
    name: "renameOrganizationAction",
    expect: api(adminPage),
    target: () => {
      const org = createOrganization();
      const name = `${org.name} renamed`;
      return {
        page: "/desk/admin/organizations",
        fields: { organizationId: org.id, name },
        happened: () => !!row(`SELECT id FROM "Organization" WHERE name = ?`, name),
      };
    },
  },
  // ---- licensing and payment (e2e/support/licensing-matrix.ts)
  ...licensingMatrix,
  ...deliveryMatrix,
];

// Entry points anyone may call. Everything else in the build must be in the matrix above.
const PUBLIC_ACTIONS = new Set([
  "app/(marketing)/enquire/actions.ts#submitEnquiryAction",
  "app/(auth)/actions.ts#requestSignInAction",
  "app/(auth)/actions.ts#signOutAction",
]);
// next-auth's own endpoints, and the public sample study's files (its route checks the study is a published sample).
// /api/me tells the caller only about their own session; /signed-in only redirects to the caller's own home.
// The Stripe webhook authenticates by signature, not session (lib/payments/webhook.test.ts: forged, stale and
// other-secret events -> 400, nothing written). /api/revalidate authenticates by a bearer token derived from the auth
// secret, not a session (e2e/storefront-cache.spec.ts: none or a wrong one -> 401; lib/storefront/revalidation.test.ts).
const PUBLIC_ROUTE_PREFIXES = [
  "/api/auth/",
  "/api/preview/",
  "/api/me",
  "/signed-in",
  "/api/stripe/webhook",
  "/api/revalidate",
];
const isPublicGroup = (file: string) =>
  /^\/\((marketing|auth)\)\//.test(file) ||
  /^\/(robots|sitemap|opengraph-image|icon|apple-icon|manifest|_not-found|_global-error)/.test(file);

function seedCallers(): Ctx {
  const a = createOrganization();
  const b = createOrganization();
  return {
    users: {
      customerA: seedSignedIn("CUSTOMER", { organization: a }),
      customerB: seedSignedIn("CUSTOMER", { organization: b }),
      sales: seedSignedIn("SALES"),
      admin: seedSignedIn("ADMIN"),
    },
  };
}

for (const entry of matrix) {
  const title = entry.kind === "action" ? `action ${entry.name}` : `${entry.kind} ${entry.route}`;
  test(`authorisation: ${title}`, async () => {
    await prepareLicensingMatrix();
    const ctx = seedCallers();
    for (const who of WHO) {
      const cookie = ctx.users[who]?.cookieHeader;
      const expected = entry.expect[who];
      if (entry.kind === "action") {
        const target = entry.target(ctx);
        const r = await callAction({
          file: entry.file,
          name: entry.name,
          page: target.page,
          fields: target.fields,
          cookie,
        });
        const wanted =
          expected === "ok"
            ? ["ok", "redirect"]
            : [expected === 401 ? "UNAUTHENTICATED" : expected === 403 ? "FORBIDDEN" : "NOT_FOUND"];
        expect(wanted, `${who} -> ${entry.name}: ${r.outcome} ${r.body.slice(0, 300)}`).toContain(r.outcome);
        if (target.happened) expect(target.happened(), `${who} -> ${entry.name} effect`).toBe(expected === "ok");
        continue;
      }
      const res = await fetch(`${E2E_BASE_URL}${entry.path(ctx)}`, {
        redirect: "manual",
        headers: cookie ? { cookie } : {},
      });
      const body = await res.text();
      if (expected === "signin") {
        expect([303, 307], `${who} -> ${title}: ${res.status}`).toContain(res.status);
        expect(res.headers.get("location") ?? "").toContain("/sign-in?callbackUrl=");
      } else if (expected === "ok" && entry.download && E2E_ENV.STORAGE_DRIVER === "s3") {
        expect(res.status, `${who} -> ${title}`).toBe(302);
        const location = res.headers.get("location") ?? "";
        expect(location.startsWith(`${E2E_ENV.S3_ENDPOINT}/`), `${who} -> ${title}: ${location}`).toBe(true);
        expect((await fetch(location)).status, `${who} -> ${title}: the bucket's answer`).toBe(200);
      } else {
        expect(res.status, `${who} -> ${title}`).toBe(expected === "ok" ? 200 : expected);
        if (expected === "ok" && entry.contains) expect(body).toContain(entry.contains(ctx, who));
      }
    }
  });
}

test("customers see their own account and organisation, not another's", async () => {
  const ctx = seedCallers();
  const a = ctx.users.customerA!;
  const b = ctx.users.customerB!;
  const page = await (await fetch(`${E2E_BASE_URL}/account`, { headers: { cookie: a.cookieHeader } })).text();
  expect(page).toContain(a.email);
  expect(page).toContain(a.organizationName!);
  expect(page).not.toContain(b.email);
  expect(page).not.toContain(b.organizationName!);
});

test("a disabled user's session stops working at once", async () => {
  const sales = seedSignedIn("SALES");
  const admin = seedSignedIn("ADMIN");
  expect(
    (await fetch(`${E2E_BASE_URL}/desk`, { redirect: "manual", headers: { cookie: sales.cookieHeader } })).status,
  ).toBe(200);
  const r = await callAction({
    file: ADMIN_ACTIONS,
    name: "setDisabledAction",
    page: "/desk/admin/users",
    fields: { userId: sales.id, disabled: "true" },
    cookie: admin.cookieHeader,
  });
  expect(r.outcome).toBe("ok");
  expect(
    (await fetch(`${E2E_BASE_URL}/desk`, { redirect: "manual", headers: { cookie: sales.cookieHeader } })).status,
  ).toBe(307);
});

test("a session token copied from the database is no cookie: rows hold its hash", async () => {
  const sales = seedSignedIn("SALES");
  const stored = row<{ sessionToken: string }>(
    `SELECT sessionToken FROM "Session" WHERE userId = ?`,
    sales.id,
  )!.sessionToken;
  expect(stored).toBe(hashSessionToken(sales.sessionToken));
  expect(
    (await fetch(`${E2E_BASE_URL}/desk`, { redirect: "manual", headers: { cookie: sales.cookieHeader } })).status,
  ).toBe(200);
  const copied = await fetch(`${E2E_BASE_URL}/desk`, {
    redirect: "manual",
    headers: { cookie: `${SESSION_COOKIE}=${stored}` },
  });
  expect(copied.status).toBe(307);
  expect(copied.headers.get("location") ?? "").toContain("/sign-in?callbackUrl=");
});

test("the matrix covers every protected entry point in the build", () => {
  const listed = new Set(matrix.filter((e) => e.kind === "action").map((e) => `${e.file}#${e.name}`));
  const actions = Object.values(actionManifest()).map((e) => `${e.filename}#${e.exportedName}`);
  const missingActions = actions.filter((a) => !listed.has(a) && !PUBLIC_ACTIONS.has(a));
  expect(missingActions, "server actions missing from the authorisation matrix").toEqual([]);

  const manifest = JSON.parse(
    fs.readFileSync(path.resolve(__dirname, "../.next/server/app-paths-manifest.json"), "utf8"),
  ) as Record<string, string>;
  const routes = new Set(matrix.filter((e) => e.kind !== "action").map((e) => e.route));
  const missingRoutes = Object.keys(manifest)
    .filter((key) => !isPublicGroup(key))
    .map((key) => key.replace(/\/(page|route)$/, "").replace(/\/\([^)]+\)/g, "") || "/")
    .filter((route) => !routes.has(route) && !PUBLIC_ROUTE_PREFIXES.some((p) => route.startsWith(p)));
  expect(missingRoutes, "pages and route handlers missing from the authorisation matrix").toEqual([]);

  // Pages Router API routes (downloads use them to keep Content-Length; see pages/api/preview/studies/[id]/archive.ts).
  const pagesManifest = path.resolve(__dirname, "../.next/server/pages-manifest.json");
  const apiRoutes = fs.existsSync(pagesManifest)
    ? Object.keys(JSON.parse(fs.readFileSync(pagesManifest, "utf8")) as Record<string, string>)
    : [];
  const missingApi = apiRoutes
    .filter((route) => route.startsWith("/api/"))
    .filter((route) => !routes.has(route) && !PUBLIC_ROUTE_PREFIXES.some((p) => route.startsWith(p)));
  expect(missingApi, "API routes missing from the authorisation matrix").toEqual([]);
});
