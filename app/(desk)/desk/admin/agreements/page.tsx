import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { Card } from "@/components/ui/card";
import { FieldsForm } from "@/components/licensing/fields-form";
import { requirePageRole } from "@/lib/auth/guards";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { listAgreements } from "@/lib/licensing/agreements";
import { USES, useLabels } from "@/lib/licensing/uses";
import { publishAgreementAction } from "../licensing-actions";

export const metadata: Metadata = { title: "Licence agreements", robots: { index: false } };

export default async function AgreementsPage() {
  await requirePageRole(ADMIN_ONLY, "/desk/admin/agreements");
  const versions = await listAgreements(db);
  return (
    <Container className="space-y-6 py-8">
      <h1 className="text-2xl font-bold tracking-tight">Licence agreements</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        A published version never changes: it is identified by its number and the SHA-256 of its exact text. Buyers
        accept the newest version for their use.
      </p>
      <Card>
        <h2 className="text-lg font-semibold">Publish a new version</h2>
        <div className="mt-4">
          <FieldsForm
            action={publishAgreementAction}
            id="agreement-form"
            label="Publish an agreement version"
            submit="Publish"
            pending="Publishing..."
            reset
            fields={[
              {
                name: "use",
                label: "Use",
                type: "select",
                options: USES.map((u) => ({ value: u, label: useLabels[u] })),
              },
              { name: "title", label: "Title" },
              { name: "text", label: "Exact text", type: "textarea", rows: 12 },
            ]}
          />
        </div>
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">Published versions</h2>
        <table className="mt-3 w-full text-sm">
          <thead>
            <tr className="text-left">
              <th scope="col" className="py-1 pr-3">
                Use
              </th>
              <th scope="col" className="py-1 pr-3">
                Version
              </th>
              <th scope="col" className="py-1 pr-3">
                Title
              </th>
              <th scope="col" className="py-1 pr-3">
                SHA-256
              </th>
              <th scope="col" className="py-1">
                Accepted
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id} className="border-t border-slate-100 dark:border-slate-800">
                <td className="py-1 pr-3">{useLabels[v.use as "research"] ?? v.use}</td>
                <td className="py-1 pr-3">{v.version}</td>
                <td className="py-1 pr-3">{v.title}</td>
                <td className="break-all py-1 pr-3 font-mono text-xs">{v.sha256}</td>
                <td className="py-1">{v._count.acceptances}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </Container>
  );
}
