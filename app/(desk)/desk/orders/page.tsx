import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { Card } from "@/components/ui/card";
import { FieldsForm } from "@/components/licensing/fields-form";
import { StatusTabs } from "@/components/licensing/desk-table";
import { OrderBadge } from "@/components/licensing/status-badges";
import { day } from "@/components/licensing/format";
import { requirePageRole } from "@/lib/auth/guards";
import { STAFF } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { formatMoney } from "@/lib/licensing/money";
import { invoiceLabel } from "@/lib/licensing/sequence";
import { closeOrderAction, markPaidAction } from "../licensing-actions";

export const metadata: Metadata = { title: "Orders", robots: { index: false } };

const TABS = ["", "PENDING", "PAID", "FAILED", "EXPIRED", "CANCELLED", "REFUNDED"].map((v) => ({
  value: v,
  label: v ? v.charAt(0) + v.slice(1).toLowerCase() : "All",
}));

export default async function OrdersPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  await requirePageRole(STAFF, "/desk/orders");
  const sp = await searchParams;
  const status = TABS.some((t) => t.value === sp.status) ? sp.status! : "";
  const orders = await db.order.findMany({
    where: status ? { status } : {},
    orderBy: { createdAt: "desc" },
    take: 100,
    include: { licence: { select: { id: true, number: true } } },
  });
  const orgs = new Map(
    (
      await db.organization.findMany({
        where: { id: { in: orders.map((o) => o.organizationId) } },
        select: { id: true, name: true },
      })
    ).map((o) => [o.id, o.name]),
  );
  return (
    <Container className="space-y-6 py-8">
      <h1 className="text-2xl font-bold tracking-tight">Orders</h1>
      <StatusTabs base="/desk/orders" current={status} tabs={TABS} />
      {orders.length === 0 ? <p className="text-slate-600 dark:text-slate-400">No orders.</p> : null}
      <ul className="space-y-4">
        {orders.map((o) => (
          <li key={o.id}>
            <Card>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="font-semibold">
                  {o.invoiceNumber !== null ? (
                    <a href={`/api/licensing/orders/${o.id}/invoice`} className="underline">
                      {invoiceLabel(o.invoiceNumber)}
                    </a>
                  ) : (
                    "Card"
                  )}{" "}
                  - {orgs.get(o.organizationId)} - {formatMoney(o.amountMinor, o.currency)}
                </p>
                <OrderBadge status={o.status} />
              </div>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                {day(o.createdAt)} - {o.cohortLabel} ({o.studyCount.toLocaleString("en")} studies, {o.use})
                {o.paymentReference ? ` - paid, reference ${o.paymentReference}` : ""}
                {o.licence ? (
                  <>
                    {" "}
                    - licence{" "}
                    <a href={`/desk/licences/${o.licence.id}`} className="underline">
                      {o.licence.number}
                    </a>
                  </>
                ) : null}
                {o.closedReason ? ` - ${o.closedReason}` : ""}
              </p>
              {o.status === "PENDING" && o.mode === "INVOICE" ? (
                <div className="mt-3">
                  <FieldsForm
                    action={markPaidAction}
                    id={`paid-${o.id}`}
                    label="Record the payment"
                    submit="Mark paid"
                    hidden={{ orderId: o.id }}
                    fields={[
                      {
                        name: "reference",
                        label: "Payment reference",
                        hint: "Bank transfer reference or remittance advice.",
                      },
                    ]}
                  />
                </div>
              ) : null}
              {o.status === "PENDING" || (o.status === "PAID" && o.mode === "INVOICE") ? (
                <details className="mt-3">
                  <summary className="cursor-pointer text-sm font-medium">
                    {o.status === "PAID" ? "Record a refund" : "Cancel the order"}
                  </summary>
                  <div className="mt-2">
                    <FieldsForm
                      action={closeOrderAction}
                      id={`close-${o.id}`}
                      label="Close the order"
                      submit={o.status === "PAID" ? "Record refund and revoke the licence" : "Cancel order"}
                      variant="secondary"
                      hidden={{ orderId: o.id }}
                      fields={[{ name: "reason", label: "Reason" }]}
                    />
                  </div>
                </details>
              ) : null}
            </Card>
          </li>
        ))}
      </ul>
    </Container>
  );
}
