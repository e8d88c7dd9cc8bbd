// The licensing rows of the authorisation matrix (e2e/authz-matrix.spec.ts): every page, route handler and server
// action of quotes, orders, licences, price list and agreements, against every kind of caller. Rows about one
// organisation's records seed them for customer A: customer B must get 404, as for a record that does not exist.
import type { Ctx, Entry, Expectations, Target } from "../authz-matrix.spec";
import { createOrganization, createUser, row } from "./auth-db";
import {
  buyLink,
  cohort,
  currentAgreementRow,
  insertInvoiceOrder,
  insertLicence,
  insertQuote,
  licenceStatus,
} from "./licensing";

const anyUser: Expectations = { anonymous: "signin", customerA: "ok", customerB: "ok", sales: "ok", admin: "ok" };
const staffPage: Expectations = { anonymous: "signin", customerA: 403, customerB: 403, sales: "ok", admin: "ok" };
const adminPage: Expectations = { anonymous: "signin", customerA: 403, customerB: 403, sales: 403, admin: "ok" };
/** A's own record: A and staff see it, B gets 404. */
const orgPage: Expectations = { anonymous: "signin", customerA: "ok", customerB: 404, sales: "ok", admin: "ok" };
const api = (e: Expectations): Expectations => ({ ...e, anonymous: e.anonymous === "signin" ? 401 : e.anonymous });
/** Customer-only actions on A's record. */
const customerOnA: Expectations = { anonymous: 401, customerA: "ok", customerB: 404, sales: 403, admin: 403 };

const ACCOUNT = "app/(account)/account/licensing-actions.ts";
const DESK = "app/(desk)/desk/licensing-actions.ts";
const ADMIN = "app/(desk)/desk/admin/licensing-actions.ts";

const orgA = (c: Ctx) => c.users.customerA!.organizationId!;
const userA = (c: Ctx) => c.users.customerA!.id;
const count = (sql: string, ...p: unknown[]) => row<{ n: number }>(sql, ...p)!.n;
const unique = (label: string) => `${label} ${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
const agreementFields = () => {
  const a = currentAgreementRow();
  return { agreementVersionId: a.id, agreementSha256: a.sha256, accept: "on" };
};

const licenceTarget =
  (status: string, fields: (id: string) => Record<string, string>, happened: (id: string) => boolean) =>
  (c: Ctx): Target => {
    const l = insertLicence(orgA(c), status);
    return { page: `/desk/licences/${l.id}`, fields: fields(l.id), happened: () => happened(l.id) };
  };

// startCheckoutAction needs a signed link, which is async: the rows below sign one per call ahead of time.
const signedLinks: { label: string; c: string; s: string }[] = [];
export async function prepareLicensingMatrix() {
  while (signedLinks.length < 5) {
    const label = unique("Matrix checkout");
    const url = new URL(await buyLink(cohort(10, label)), "http://x");
    signedLinks.push({ label, c: url.searchParams.get("c")!, s: url.searchParams.get("s")! });
  }
}

export const licensingMatrix: Entry[] = [
  // ---- customer pages and documents
  { kind: "page", route: "/buy", path: () => "/buy", expect: anyUser },
  { kind: "page", route: "/account/licences", path: () => "/account/licences", expect: anyUser },
  {
    kind: "page",
    route: "/account/licences/[id]",
    path: (c) => `/account/licences/${insertLicence(orgA(c)).id}`,
    expect: orgPage,
  },
  {
    kind: "page",
    route: "/account/orders/[id]",
    path: (c) => `/account/orders/${insertInvoiceOrder(orgA(c), userA(c)).id}`,
    expect: orgPage,
  },
  {
    kind: "page",
    route: "/account/quotes/[id]",
    path: (c) => `/account/quotes/${insertQuote(orgA(c)).id}`,
    expect: orgPage,
  },
  {
    kind: "route",
    route: "/api/licensing/orders/[id]/invoice",
    path: (c) => `/api/licensing/orders/${insertInvoiceOrder(orgA(c), userA(c)).id}/invoice`,
    expect: api(orgPage),
  },
  {
    kind: "route",
    route: "/api/licensing/quotes/[id]/pdf",
    path: (c) => `/api/licensing/quotes/${insertQuote(orgA(c)).id}/pdf`,
    expect: api(orgPage),
  },
  {
    kind: "route",
    route: "/api/licensing/licences/[id]/certificate",
    path: (c) => `/api/licensing/licences/${insertLicence(orgA(c)).id}/certificate`,
    expect: api(orgPage),
  },
  {
    kind: "route",
    route: "/api/licensing/acceptances/[id]/text",
    path: (c) => `/api/licensing/acceptances/${insertInvoiceOrder(orgA(c), userA(c)).acceptanceId}/text`,
    expect: api(orgPage),
  },
  // ---- customer actions
  {
    kind: "action",
    file: ACCOUNT,
    name: "startCheckoutAction",
    expect: { anonymous: 401, customerA: "ok", customerB: "ok", sales: 403, admin: 403 },
    target: () => {
      const link = signedLinks.shift();
      if (!link) throw new Error("prepareLicensingMatrix() signs too few links");
      return {
        page: "/buy",
        fields: {
          cohort: link.c,
          signature: link.s,
          use: "research",
          mode: "invoice",
          legalName: unique("Matrix buyer"),
          address: "1 Matrix Street",
          ...agreementFields(),
        },
        happened: () => count(`SELECT count(*) AS n FROM "Order" WHERE cohortLabel = ?`, link.label) === 1,
      };
    },
  },
  {
    kind: "action",
    file: ACCOUNT,
    name: "payQuoteAction",
    expect: customerOnA,
    target: (c) => {
      const q = insertQuote(orgA(c));
      return {
        page: `/account/quotes/${q.id}`,
        fields: { quoteId: q.id, mode: "invoice", legalName: "Matrix Ltd", address: "1 Street", ...agreementFields() },
        happened: () => count(`SELECT count(*) AS n FROM "Order" WHERE quoteId = ?`, q.id) === 1,
      };
    },
  },
  {
    kind: "action",
    file: ACCOUNT,
    name: "acceptLicenceAction",
    expect: customerOnA,
    target: (c) => {
      const l = insertLicence(orgA(c), "PENDING");
      return {
        page: `/account/licences/${l.id}`,
        fields: { licenceId: l.id, ...agreementFields() },
        happened: () => licenceStatus(l.id).status === "ACTIVE",
      };
    },
  },
  // ---- sales desk
  { kind: "page", route: "/desk/quotes", path: () => "/desk/quotes", expect: staffPage },
  { kind: "page", route: "/desk/quotes/new", path: () => "/desk/quotes/new", expect: staffPage },
  {
    kind: "page",
    route: "/desk/quotes/[id]",
    path: (c) => `/desk/quotes/${insertQuote(orgA(c)).id}`,
    expect: staffPage,
  },
  { kind: "page", route: "/desk/orders", path: () => "/desk/orders", expect: staffPage },
  { kind: "page", route: "/desk/licences", path: () => "/desk/licences", expect: staffPage },
  {
    kind: "page",
    route: "/desk/licences/[id]",
    path: (c) => `/desk/licences/${insertLicence(orgA(c)).id}`,
    expect: staffPage,
  },
  {
    kind: "action",
    file: DESK,
    name: "createQuoteAction",
    expect: api(staffPage),
    target: () => {
      const org = createOrganization();
      const label = unique("Matrix quote cohort");
      return {
        page: "/desk/quotes/new",
        fields: {
          organizationId: org.id,
          contactEmail: createUser("CUSTOMER", { organization: org }).email,
          use: "research",
          cohortLabel: label,
          studyCount: "100",
          catalogueVersion: "1",
          sizeBytes: "0",
          cohortFilter: "{}",
          validDays: "30",
        },
        happened: () => count(`SELECT count(*) AS n FROM "Quote" WHERE cohortLabel = ?`, label) === 1,
      };
    },
  },
  {
    kind: "action",
    file: DESK,
    name: "withdrawQuoteAction",
    expect: api(staffPage),
    target: (c) => {
      const q = insertQuote(orgA(c));
      return {
        page: `/desk/quotes/${q.id}`,
        fields: { quoteId: q.id, reason: "Matrix withdrawal" },
        happened: () =>
          row<{ status: string }>(`SELECT status FROM "Quote" WHERE id = ?`, q.id)!.status === "WITHDRAWN",
      };
    },
  },
  {
    kind: "action",
    file: DESK,
    name: "resendQuoteAction",
    expect: api(staffPage),
    target: (c) => {
      const q = insertQuote(orgA(c));
      return {
        page: `/desk/quotes/${q.id}`,
        fields: { quoteId: q.id },
        happened: () =>
          count(`SELECT count(*) AS n FROM "AuditEvent" WHERE action = 'quote.resent' AND targetId = ?`, q.id) === 1,
      };
    },
  },
  {
    kind: "action",
    file: DESK,
    name: "markPaidAction",
    expect: api(staffPage),
    target: (c) => {
      const o = insertInvoiceOrder(orgA(c), userA(c));
      return {
        page: "/desk/orders",
        fields: { orderId: o.id, reference: "MATRIX-REF" },
        happened: () => row<{ status: string }>(`SELECT status FROM "Order" WHERE id = ?`, o.id)!.status === "PAID",
      };
    },
  },
  {
    kind: "action",
    file: DESK,
    name: "closeOrderAction",
    expect: api(staffPage),
    target: (c) => {
      const o = insertInvoiceOrder(orgA(c), userA(c));
      return {
        page: "/desk/orders",
        fields: { orderId: o.id, reason: "Matrix cancel" },
        happened: () =>
          row<{ status: string }>(`SELECT status FROM "Order" WHERE id = ?`, o.id)!.status === "CANCELLED",
      };
    },
  },
  {
    kind: "action",
    file: DESK,
    name: "grantLicenceAction",
    expect: api(staffPage),
    target: (c) => {
      const label = unique("Matrix grant");
      return {
        page: "/desk/licences",
        fields: {
          organizationId: orgA(c),
          use: "research",
          cohortLabel: label,
          studyCount: "10",
          catalogueVersion: "1",
          sizeBytes: "0",
          cohortFilter: "{}",
          termMonths: "12",
          reason: "Matrix deal",
        },
        happened: () => count(`SELECT count(*) AS n FROM "Licence" WHERE cohortLabel = ?`, label) === 1,
      };
    },
  },
  {
    kind: "action",
    file: DESK,
    name: "extendLicenceAction",
    expect: api(staffPage),
    target: (c) => {
      const l = insertLicence(orgA(c));
      const before = licenceStatus(l.id).expiresAt;
      return {
        page: `/desk/licences/${l.id}`,
        fields: { licenceId: l.id, months: "6" },
        happened: () => licenceStatus(l.id).expiresAt !== before,
      };
    },
  },
  {
    kind: "action",
    file: DESK,
    name: "revokeLicenceAction",
    expect: api(staffPage),
    target: licenceTarget(
      "ACTIVE",
      (id) => ({ licenceId: id, reason: "Matrix revoke" }),
      (id) => licenceStatus(id).status === "REVOKED",
    ),
  },
  {
    kind: "action",
    file: DESK,
    name: "suspendLicenceAction",
    expect: api(staffPage),
    target: licenceTarget(
      "ACTIVE",
      (id) => ({ licenceId: id, reason: "" }),
      (id) => licenceStatus(id).status === "SUSPENDED",
    ),
  },
  {
    kind: "action",
    file: DESK,
    name: "reinstateLicenceAction",
    expect: api(staffPage),
    target: licenceTarget(
      "SUSPENDED",
      (id) => ({ licenceId: id, reason: "" }),
      (id) => licenceStatus(id).status === "ACTIVE",
    ),
  },
  // ---- admin
  { kind: "page", route: "/desk/admin/pricing", path: () => "/desk/admin/pricing", expect: adminPage },
  { kind: "page", route: "/desk/admin/agreements", path: () => "/desk/admin/agreements", expect: adminPage },
  {
    kind: "action",
    file: ADMIN,
    name: "publishPriceListAction",
    expect: api(adminPage),
    target: () => {
      const note = unique("Matrix price list");
      return {
        page: "/desk/admin/pricing",
        fields: {
          currency: "EUR",
          termMonths: "12",
          researchMinimum: "500",
          researchTiers: "1 4.00\n1001 2.50\n10001 1.20\n100001 0.60",
          commercialMinimum: "2000",
          commercialTiers: "1 12.00\n1001 8.00\n10001 4.00\n100001 2.00",
          selfServeMaxStudies: "5000",
          selfServeMaxAmount: "50000",
          note,
        },
        happened: () => count(`SELECT count(*) AS n FROM "PriceList" WHERE note = ?`, note) === 1,
      };
    },
  },
  {
    kind: "action",
    file: ADMIN,
    name: "publishAgreementAction",
    expect: api(adminPage),
    target: () => {
      const title = unique("Matrix agreement");
      // commercial, so the research agreement other rows accept stays current
      return {
        page: "/desk/admin/agreements",
        fields: { use: "commercial", title, text: `${title}: the licensee may use the studies as agreed.` },
        happened: () => count(`SELECT count(*) AS n FROM "AgreementVersion" WHERE title = ?`, title) === 1,
      };
    },
  },
];
