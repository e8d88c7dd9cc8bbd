// The admin-managed price list. Every change publishes a new immutable version; the live list is the newest one, and
// quotes and orders keep the id of the version they were priced with.
import { z } from "zod";
import type { Db } from "../db/create-client";
import { AppError } from "../errors/app-error";
import { recordAudit, type AuditActor } from "../audit/record";
import { CURRENCIES, parseMoney, toMinor } from "./money";
import type { PriceListData, Tier, UsePrices } from "./pricing";
import { USES, type Use } from "./uses";

const tierSchema = z.object({ fromStudies: z.number().int().min(1), unitMinor: z.number().int().min(0) });
const usePricesSchema = z
  .object({ minimumMinor: z.number().int().min(0), tiers: z.array(tierSchema).min(1).max(20) })
  .superRefine((u, ctx) => {
    if (u.tiers[0]!.fromStudies !== 1)
      ctx.addIssue({ code: "custom", message: "the first tier must start at study 1" });
    u.tiers.forEach((t, i) => {
      if (i > 0 && t.fromStudies <= u.tiers[i - 1]!.fromStudies)
        ctx.addIssue({ code: "custom", message: `tier ${i + 1} must start after tier ${i}` });
    });
  });
export const usesSchema = z.object({ research: usePricesSchema, commercial: usePricesSchema });

type Row = {
  id: string;
  version: number;
  currency: string;
  termMonths: number;
  uses: string;
  selfServeMaxStudies: number | null;
  selfServeMaxMinor: bigint | null;
};

export function toPriceListData(row: Row): PriceListData {
  return {
    id: row.id,
    version: row.version,
    currency: row.currency,
    termMonths: row.termMonths,
    uses: usesSchema.parse(JSON.parse(row.uses)),
    selfServeMaxStudies: row.selfServeMaxStudies,
    selfServeMaxMinor: row.selfServeMaxMinor === null ? null : toMinor(row.selfServeMaxMinor),
  };
}

export async function getLivePriceList(db: Db): Promise<PriceListData | null> {
  const row = await db.priceList.findFirst({ orderBy: { version: "desc" } });
  return row ? toPriceListData(row) : null;
}

/**
 * Tiers as an admin types them, one per line: "<first study> <price per study>", e.g. "1 4.00" then "1001 2.50".
 * Errors name the field and the line.
 */
export function parseTierText(text: string, field: string): Tier[] {
  const tiers: Tier[] = [];
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  for (const [i, line] of lines.entries()) {
    const m = /^([\d,]+)\s*[:=\s]\s*([\d.,]+)$/.exec(line);
    const bad = () =>
      new AppError("VALIDATION", undefined, {
        fieldErrors: { [field]: [`Line ${i + 1}: write "<first study> <price per study>", e.g. "1001 2.50"`] },
      });
    if (!m) throw bad();
    const fromStudies = Number(m[1]!.replace(/,/g, ""));
    let unitMinor: number;
    try {
      unitMinor = parseMoney(m[2]!, field);
    } catch {
      throw bad();
    }
    tiers.push({ fromStudies, unitMinor });
  }
  return tiers;
}

export const tierText = (tiers: Tier[]) =>
  tiers.map((t) => `${t.fromStudies} ${(t.unitMinor / 100).toFixed(2)}`).join("\n");

export interface PriceListInput {
  currency: string;
  termMonths: number;
  uses: Record<Use, UsePrices>;
  selfServeMaxStudies: number | null;
  selfServeMaxMinor: number | null;
  note?: string | null;
}

export function validatePriceList(input: PriceListInput): PriceListInput {
  if (!(CURRENCIES as readonly string[]).includes(input.currency)) {
    throw new AppError("VALIDATION", undefined, {
      fieldErrors: { currency: [`Choose one of ${CURRENCIES.join(", ")}`] },
    });
  }
  if (!Number.isInteger(input.termMonths) || input.termMonths < 1 || input.termMonths > 120) {
    throw new AppError("VALIDATION", undefined, { fieldErrors: { termMonths: ["Between 1 and 120 months"] } });
  }
  for (const use of USES) {
    const r = usePricesSchema.safeParse(input.uses[use]);
    if (!r.success)
      throw new AppError("VALIDATION", undefined, { fieldErrors: { [`${use}Tiers`]: [r.error.issues[0]!.message] } });
  }
  return input;
}

/** Publishes the next version (the unique version number makes two concurrent publishes fail rather than collide). */
export async function publishPriceList(db: Db, actor: AuditActor | null, raw: PriceListInput, ip?: string) {
  const input = validatePriceList(raw);
  return db.$transaction(async (tx) => {
    const last = await tx.priceList.findFirst({ orderBy: { version: "desc" }, select: { version: true } });
    const version = (last?.version ?? 0) + 1;
    const row = await tx.priceList.create({
      data: {
        version,
        currency: input.currency,
        termMonths: input.termMonths,
        uses: JSON.stringify(input.uses),
        selfServeMaxStudies: input.selfServeMaxStudies,
        selfServeMaxMinor: input.selfServeMaxMinor === null ? null : BigInt(input.selfServeMaxMinor),
        note: input.note ?? null,
        publishedById: actor?.id ?? null,
      },
    });
    await recordAudit(tx, {
      actor,
      action: "pricelist.published",
      targetType: "pricelist",
      targetId: row.id,
      details: { version },
      ip,
    });
    return toPriceListData(row);
  });
}

/** The list `npm run db:seed` publishes when there is none (the admin changes it at /desk/admin/pricing). */
export const DEFAULT_PRICE_LIST: PriceListInput = {
  currency: "EUR",
  termMonths: 12,
  uses: {
    research: {
      minimumMinor: 50_000,
      tiers: [
        { fromStudies: 1, unitMinor: 400 },
        { fromStudies: 1_001, unitMinor: 250 },
        { fromStudies: 10_001, unitMinor: 120 },
        { fromStudies: 100_001, unitMinor: 60 },
      ],
    },
    commercial: {
      minimumMinor: 200_000,
      tiers: [
        { fromStudies: 1, unitMinor: 1_200 },
        { fromStudies: 1_001, unitMinor: 800 },
        { fromStudies: 10_001, unitMinor: 400 },
        { fromStudies: 100_001, unitMinor: 200 },
      ],
    },
  },
  selfServeMaxStudies: 5_000,
  selfServeMaxMinor: 5_000_000,
  note: "Initial price list",
};
