import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/components/ui/container";
import { Card } from "@/components/ui/card";
import { CreateOrgForm, RenameOrgForm } from "@/components/desk/admin-forms";
import { requirePageRole } from "@/lib/auth/guards";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { listOrganizations } from "@/lib/users/organizations";
import { createOrganizationAction, renameOrganizationAction } from "../actions";

export const metadata: Metadata = { title: "Organisations", robots: { index: false } };

export default async function OrganizationsPage() {
  await requirePageRole(ADMIN_ONLY, "/desk/admin/organizations");
  const orgs = await listOrganizations(db);
  return (
    <Container className="space-y-6 py-8">
      <h1 className="text-2xl font-bold tracking-tight">Organisations</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Licences belong to organisations; customers see what their organisation licensed. Link people to an organisation
        on the{" "}
        <Link href="/desk/admin/users" className="underline">
          users page
        </Link>
        .
      </p>
      <Card>
        <h2 className="text-lg font-semibold">New organisation</h2>
        <div className="mt-4">
          <CreateOrgForm action={createOrganizationAction} />
        </div>
      </Card>
      {orgs.length === 0 ? <p className="text-slate-600 dark:text-slate-400">No organisations yet.</p> : null}
      <ul className="space-y-3">
        {orgs.map((o) => (
          <li key={o.id} className="min-w-0 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <p className="font-semibold wrap-anywhere">{o.name}</p>
            <p className="text-xs text-slate-600 dark:text-slate-400">
              {o.members} {o.members === 1 ? "member" : "members"}
            </p>
            <div className="mt-3">
              <RenameOrgForm action={renameOrganizationAction} org={o} />
            </div>
          </li>
        ))}
      </ul>
    </Container>
  );
}
