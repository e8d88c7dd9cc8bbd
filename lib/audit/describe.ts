// The audit log as people read it: who acted (a person, the command line, a buyer on the public form, or the
// system), from where, what changed in words, and a link to the thing it changed. Pure, so it is unit-tested.

export interface AuditRow {
  action: string;
  actorEmail: string | null;
  targetType: string | null;
  targetId: string | null;
  details: string | null;
  ip: string | null;
}

export function parseDetails(details: string | null): Record<string, unknown> {
  if (!details) return {};
  try {
    const v = JSON.parse(details) as unknown;
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : { value: v };
  } catch {
    return { value: details };
  }
}

export function actorLabel(row: AuditRow): string {
  if (row.actorEmail) return row.actorEmail;
  const d = parseDetails(row.details);
  if (d.via === "cli") return "CLI";
  if (row.action === "enquiry.created") return "Buyer (public enquiry form)";
  return "System";
}

/** A client address as stored (possibly an IPv6 /64 prefix) in readable form; null when there is none. */
export function addressLabel(ip: string | null): string | null {
  if (!ip) return null;
  let a = ip.trim().toLowerCase();
  // Older rows stored a full address with a /64 suffix appended ("::1::/64"): drop the suffix.
  if (a.endsWith("::/64") && a.slice(0, -5).includes("::")) a = a.slice(0, -5);
  a = a.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");
  if (a === "::1" || a === "127.0.0.1" || a === "0:0:0:0::/64") return "this machine (loopback)";
  if (a.endsWith("::/64")) return `IPv6 network ${a}`;
  return a;
}

const KEY_LABELS: Record<string, string> = {
  from: "From",
  to: "To",
  toEmail: "To",
  toName: "Assignee",
  email: "Email",
  role: "Role",
  organization: "Organisation",
  organizationId: "Organisation id",
  source: "Came from",
  reference: "Reference",
  subject: "Subject",
  length: "Length (characters)",
  sessions: "Sessions ended",
  newUser: "New user",
  name: "Name",
  via: "Via",
  attachments: "Attachments",
};

function valueText(v: unknown): string {
  if (v === null || v === undefined || v === "") return "none";
  if (typeof v === "boolean") return v ? "yes" : "no";
  if (typeof v === "number") return v.toLocaleString("en");
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return v.map(valueText).join(", ");
  return Object.entries(v as Record<string, unknown>)
    .map(([k, x]) => `${k}: ${valueText(x)}`)
    .join(", ");
}

/** Details as label/value pairs, the label in words; an assignment's raw user ids give way to the name. */
export function detailEntries(row: AuditRow): [string, string][] {
  const d = parseDetails(row.details);
  const skip = new Set<string>(["via"]);
  if (row.action === "enquiry.assigned") ["from", "to"].forEach((k) => skip.add(k));
  return Object.entries(d)
    .filter(([k]) => !skip.has(k))
    .map(([k, v]) => [
      KEY_LABELS[k] ?? k.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase()),
      valueText(v),
    ]);
}

/** Where the audited thing lives on the desk, when it has a page. */
export function targetHref(row: AuditRow): string | null {
  if (!row.targetId) return null;
  const d = parseDetails(row.details);
  switch (row.targetType) {
    case "enquiry":
      return `/desk/enquiries/${encodeURIComponent(row.targetId)}`;
    case "user":
      return typeof d.email === "string"
        ? `/desk/admin/users?q=${encodeURIComponent(d.email)}`
        : `/desk/admin/audit?target=${encodeURIComponent(row.targetId)}`;
    case "organization":
      return "/desk/admin/organizations";
    default:
      return null;
  }
}

/** "enquiry.status_changed" -> "Enquiry status changed". */
export const actionLabel = (action: string) => {
  const s = action.replace(/[._]/g, " ");
  return s.charAt(0).toUpperCase() + s.slice(1);
};
