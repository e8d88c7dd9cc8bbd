"use client";

// Admin forms for users and organisations; every one posts to an admin-only server action.
import type { ActionResult, ActionState } from "@/lib/actions/types";
import { ActionFieldError, ActionForm, ActionSubmit, fieldErrorId } from "@/components/ui/action-form";
import { inputClass, labelClass } from "@/components/ui/form-field";

type Action = (prev: ActionState<undefined>, fd: FormData) => Promise<ActionResult<undefined>>;
type Org = { id: string; name: string };
const roleOptions = [
  { value: "CUSTOMER", label: "Customer" },
  { value: "SALES", label: "Sales" },
  { value: "ADMIN", label: "Admin" },
];

export function InviteUserForm({ action, orgs }: { action: Action; orgs: Org[] }) {
  const f = "invite-form";
  return (
    <ActionForm action={action} id={f} label="Invite a user" resetOnSuccess className="grid gap-3 sm:grid-cols-2">
      <div>
        <label htmlFor="invite-email" className={labelClass}>
          Email
        </label>
        <input
          id="invite-email"
          name="email"
          type="email"
          required
          aria-describedby={fieldErrorId(f, "email")}
          className={inputClass}
        />
        <ActionFieldError name="email" />
      </div>
      <div>
        <label htmlFor="invite-name" className={labelClass}>
          Name <span className="font-normal">(optional)</span>
        </label>
        <input id="invite-name" name="name" className={inputClass} />
      </div>
      <div>
        <label htmlFor="invite-role" className={labelClass}>
          Role
        </label>
        <select
          id="invite-role"
          name="role"
          defaultValue="CUSTOMER"
          aria-describedby={fieldErrorId(f, "role")}
          className={inputClass}
        >
          {roleOptions.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
        <ActionFieldError name="role" />
      </div>
      <div>
        <label htmlFor="invite-org" className={labelClass}>
          Organisation
        </label>
        <select id="invite-org" name="organizationId" defaultValue="" className={inputClass}>
          <option value="">None</option>
          {orgs.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <div className="sm:col-span-2">
        <ActionSubmit pendingLabel="Inviting...">Invite</ActionSubmit>
      </div>
    </ActionForm>
  );
}

export function UserRoleForm({
  action,
  userId,
  role,
  email,
}: {
  action: Action;
  userId: string;
  role: string;
  email: string;
}) {
  const f = `role-${userId}`;
  return (
    <ActionForm action={action} id={f} label={`Role of ${email}`} className="flex items-end gap-2">
      <input type="hidden" name="userId" value={userId} />
      <div className="min-w-0 grow">
        <label htmlFor={`${f}-role`} className="text-xs font-medium">
          Role
        </label>
        <select id={`${f}-role`} name="role" defaultValue={role} className={inputClass}>
          {roleOptions.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </div>
      <ActionSubmit variant="secondary">Save role</ActionSubmit>
    </ActionForm>
  );
}

export function UserOrgForm({
  action,
  userId,
  organizationId,
  orgs,
  email,
}: {
  action: Action;
  userId: string;
  organizationId: string | null;
  orgs: Org[];
  email: string;
}) {
  const f = `org-${userId}`;
  return (
    <ActionForm action={action} id={f} label={`Organisation of ${email}`} className="flex items-end gap-2">
      <input type="hidden" name="userId" value={userId} />
      <div className="min-w-0 grow">
        <label htmlFor={`${f}-org`} className="text-xs font-medium">
          Organisation
        </label>
        <select id={`${f}-org`} name="organizationId" defaultValue={organizationId ?? ""} className={inputClass}>
          <option value="">None</option>
          {orgs.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <ActionSubmit variant="secondary">Save organisation</ActionSubmit>
    </ActionForm>
  );
}

export function UserDisableForm({
  action,
  userId,
  disabled,
  email,
}: {
  action: Action;
  userId: string;
  disabled: boolean;
  email: string;
}) {
  return (
    <ActionForm action={action} id={`disable-${userId}`} label={`${disabled ? "Enable" : "Disable"} ${email}`}>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
      <ActionSubmit variant="secondary">{disabled ? "Enable" : "Disable"}</ActionSubmit>
    </ActionForm>
  );
}

export function CreateOrgForm({ action }: { action: Action }) {
  const f = "create-org";
  return (
    <ActionForm
      action={action}
      id={f}
      label="Create an organisation"
      resetOnSuccess
      className="flex flex-wrap items-end gap-2"
    >
      <div className="min-w-0 grow">
        <label htmlFor="org-name" className={labelClass}>
          Name
        </label>
        <input id="org-name" name="name" required aria-describedby={fieldErrorId(f, "name")} className={inputClass} />
        <ActionFieldError name="name" />
      </div>
      <ActionSubmit pendingLabel="Creating...">Create</ActionSubmit>
    </ActionForm>
  );
}

export function RenameOrgForm({ action, org }: { action: Action; org: Org }) {
  const f = `rename-${org.id}`;
  return (
    <ActionForm action={action} id={f} label={`Rename ${org.name}`} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="organizationId" value={org.id} />
      <div className="min-w-0 grow">
        <label htmlFor={`${f}-name`} className="text-xs font-medium">
          Name
        </label>
        <input
          id={`${f}-name`}
          name="name"
          defaultValue={org.name}
          required
          aria-describedby={fieldErrorId(f, "name")}
          className={inputClass}
        />
        <ActionFieldError name="name" />
      </div>
      <ActionSubmit variant="secondary">Rename</ActionSubmit>
    </ActionForm>
  );
}
