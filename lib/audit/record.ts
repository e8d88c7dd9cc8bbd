// The audit log is append-only: this module only ever creates rows, and nothing in the app updates or deletes them.
import type { Db, Tx } from "../db/create-client";

export interface AuditActor {
  id: string;
  email: string;
}

export interface AuditEntry {
  actor: AuditActor | null;
  action: string;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
  ip?: string | null;
}

type AuditWriter = Pick<Db | Tx, "auditEvent">;

export async function recordAudit(db: AuditWriter, e: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: e.actor?.id ?? null,
      actorEmail: e.actor?.email ?? null,
      action: e.action,
      targetType: e.targetType ?? null,
      targetId: e.targetId ?? null,
      details: e.details ? JSON.stringify(e.details) : null,
      ip: e.ip ?? null,
    },
  });
}
