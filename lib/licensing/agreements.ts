// Licence agreement versions. Publishing creates an immutable row identified by use + version number and the SHA-256
// of the exact text; nothing updates it afterwards. An acceptance records who accepted which exact text, when, from
// where, on behalf of which organisation.
import crypto from "node:crypto";
import type { Db } from "../db/create-client";
import { AppError } from "../errors/app-error";
import { recordAudit, type AuditActor } from "../audit/record";
import type { Use } from "./uses";

export const sha256Hex = (text: string) => crypto.createHash("sha256").update(text, "utf8").digest("hex");

/** Line endings are normalised before hashing so a text pasted from Windows hashes like the one downloaded. */
export const normaliseAgreementText = (text: string) => text.replace(/\r\n?/g, "\n").trim() + "\n";

export async function publishAgreement(
  db: Db,
  actor: AuditActor | null,
  input: { use: Use; title: string; text: string },
  ip?: string,
) {
  const text = normaliseAgreementText(input.text);
  if (text.trim().length < 20)
    throw new AppError("VALIDATION", undefined, { fieldErrors: { text: ["The agreement text is too short"] } });
  return db.$transaction(async (tx) => {
    const last = await tx.agreementVersion.findFirst({
      where: { use: input.use },
      orderBy: { version: "desc" },
      select: { version: true, sha256: true },
    });
    const sha256 = sha256Hex(text);
    if (last?.sha256 === sha256)
      throw new AppError("CONFLICT", `This text is already published as version ${last.version}.`);
    const row = await tx.agreementVersion.create({
      data: {
        use: input.use,
        version: (last?.version ?? 0) + 1,
        title: input.title.trim(),
        text,
        sha256,
        publishedById: actor?.id ?? null,
      },
    });
    await recordAudit(tx, {
      actor,
      action: "agreement.published",
      targetType: "agreement",
      targetId: row.id,
      details: { use: row.use, version: row.version, sha256 },
      ip,
    });
    return row;
  });
}

export function currentAgreement(db: Db, use: string) {
  return db.agreementVersion.findFirst({ where: { use }, orderBy: { version: "desc" } });
}

export function listAgreements(db: Db) {
  return db.agreementVersion.findMany({
    orderBy: [{ use: "asc" }, { version: "desc" }],
    select: {
      id: true,
      use: true,
      version: true,
      title: true,
      sha256: true,
      publishedAt: true,
      _count: { select: { acceptances: true } },
    },
  });
}

export interface AcceptanceInput {
  agreementVersionId: string;
  /** The hash the buyer's page showed: accepting fails if the current text is not that one. */
  sha256: string;
  use: string;
  user: { id: string; email: string };
  organizationId: string;
  ip?: string | null;
  userAgent?: string | null;
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Records an acceptance inside the caller's transaction (the order or licence it belongs to is written alongside). */
export async function recordAcceptance(tx: Tx, input: AcceptanceInput, now: Date) {
  const v = await tx.agreementVersion.findUnique({ where: { id: input.agreementVersionId } });
  if (!v || v.use !== input.use)
    throw new AppError("VALIDATION", undefined, {
      fieldErrors: { agreementVersionId: ["This agreement does not apply to this licence"] },
    });
  if (v.sha256 !== input.sha256)
    throw new AppError("CONFLICT", "The agreement changed while you were reading it. Please read the current version.");
  const latest = await tx.agreementVersion.findFirst({
    where: { use: v.use },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  if (latest?.id !== v.id)
    throw new AppError("CONFLICT", "A newer agreement version has been published. Please read and accept it.");
  return tx.agreementAcceptance.create({
    data: {
      agreementVersionId: v.id,
      version: v.version,
      sha256: v.sha256,
      userId: input.user.id,
      userEmail: input.user.email,
      organizationId: input.organizationId,
      ip: input.ip ?? null,
      userAgent: input.userAgent?.slice(0, 500) ?? null,
      acceptedAt: now,
    },
  });
}

export const DEFAULT_AGREEMENTS: { use: Use; title: string; text: string }[] = [
  {
    use: "research",
    title: "Research data licence",
    text: `RESEARCH DATA LICENCE - Lumbar Spine MRI Dataset

1. Grant. The vendor grants the licensee organisation a non-exclusive, non-transferable licence to use the licensed
studies for non-commercial research for the licence term.
2. Publication. Results may be published with attribution to the dataset. The studies themselves may not be
redistributed.
3. Security. The licensee keeps the studies on access-controlled systems and lets only its own staff use them.
4. De-identification. The licensee makes no attempt to re-identify any person.
5. Term. The licence ends at its expiry date or on revocation for breach; the licensee then deletes the studies.
`,
  },
  {
    use: "commercial",
    title: "Commercial data licence",
    text: `COMMERCIAL DATA LICENCE - Lumbar Spine MRI Dataset

1. Grant. The vendor grants the licensee organisation a non-exclusive, non-transferable licence to use the licensed
studies to develop, train and validate products and services for the licence term.
2. No redistribution. The studies may not be sold, shared or published; trained models may be commercialised.
3. Security. The licensee keeps the studies on access-controlled systems and lets only its own staff use them.
4. De-identification. The licensee makes no attempt to re-identify any person.
5. Term. The licence ends at its expiry date or on revocation for breach; the licensee then deletes the studies.
`,
  },
];
