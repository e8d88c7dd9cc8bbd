import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button-link";
import { inputClass, labelClass } from "@/components/ui/form-field";
import { Pager } from "@/components/desk/pager";
import { formatDateTime } from "@/components/desk/format";
import { InviteUserForm, UserDisableForm, UserOrgForm, UserRoleForm } from "@/components/desk/admin-forms";
import { requirePageRole } from "@/lib/auth/guards";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { listUsers } from "@/lib/users/list";
import { userFiltersSchema } from "@/lib/users/filters";
import { listOrganizations } from "@/lib/users/organizations";
import { changeRoleAction, inviteUserAction, setDisabledAction, setOrganizationAction } from "../actions";

export const metadata: Metadata = { title: "Users", robots: { index: false } };

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const me = await requirePageRole(ADMIN_ONLY, "/desk/admin/users");
  const raw = await searchParams;
  const filters = userFiltersSchema.parse({ q: raw.q, role: raw.role || undefined, after: raw.after });
  const [page, orgs] = await Promise.all([listUsers(db, filters), listOrganizations(db)]);
  const query = (extra: Record<string, string | undefined>) => {
    const q = new URLSearchParams();
    if (filters.q) q.set("q", filters.q);
    if (filters.role) q.set("role", filters.role);
    for (const [k, v] of Object.entries(extra)) if (v) q.set(k, v);
    return `/desk/admin/users?${q}`;
  };
  return (
    <Container className="space-y-6 py-8">
      <h1 className="text-2xl font-bold tracking-tight">Users and roles</h1>
      <Card>
        <h2 className="text-lg font-semibold">Invite a user</h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Creates the account and emails the person how to sign in.
        </p>
        <div className="mt-4">
          <InviteUserForm action={inviteUserAction} orgs={orgs} />
        </div>
      </Card>
      <form method="get" role="search" aria-label="Filter users" className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 grow">
          <label htmlFor="u-q" className={labelClass}>
            Search
          </label>
          <input
            id="u-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            placeholder="Email or name"
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="u-role" className={labelClass}>
            Role
          </label>
          <select id="u-role" name="role" defaultValue={filters.role ?? ""} className={inputClass}>
            <option value="">Any</option>
            <option value="CUSTOMER">Customer</option>
            <option value="SALES">Sales</option>
            <option value="ADMIN">Admin</option>
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Filter
        </button>
      </form>
      <ul className="space-y-4">
        {page.items.map((u) => (
          <li key={u.id} className="min-w-0 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <div className="flex flex-wrap items-center gap-2">
              <h2 className="min-w-0 font-semibold wrap-anywhere">{u.email}</h2>
              {u.name ? (
                <span className="min-w-0 text-slate-600 wrap-anywhere dark:text-slate-400">{u.name}</span>
              ) : null}
              <Badge tone={u.role === "ADMIN" ? "violet" : u.role === "SALES" ? "brand" : "slate"}>
                {u.role.toLowerCase()}
              </Badge>
              {u.disabled ? <Badge tone="red">disabled</Badge> : null}
              {u.id === me.id ? <Badge tone="sky">you</Badge> : null}
            </div>
            <p className="mt-1 text-xs text-slate-600 wrap-anywhere dark:text-slate-400">
              {u.organization?.name ?? "No organisation"} - created {formatDateTime(u.createdAt)}
              {u.lastSignInAt ? ` - last sign-in ${formatDateTime(u.lastSignInAt)}` : " - never signed in"}
            </p>
            {u.id !== me.id ? (
              <div className="mt-3 grid gap-3 md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] md:items-end">
                <UserRoleForm action={changeRoleAction} userId={u.id} role={u.role} email={u.email} />
                <UserOrgForm
                  action={setOrganizationAction}
                  userId={u.id}
                  organizationId={u.organization?.id ?? null}
                  orgs={orgs}
                  email={u.email}
                />
                <UserDisableForm action={setDisabledAction} userId={u.id} disabled={u.disabled} email={u.email} />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {page.items.length === 0 ? <p className="text-slate-600 dark:text-slate-400">No users match.</p> : null}
      <Pager next={page.next} href={(c) => query({ after: c.after })} label="User pages" />
    </Container>
  );
}
