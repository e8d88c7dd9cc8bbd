import type { Db, Tx } from "../db/create-client";
import { AppError } from "../errors/app-error";

export async function findOrCreateOrganization(db: Tx, name: string) {
  const clean = name.trim();
  return db.organization.upsert({ where: { name: clean }, create: { name: clean }, update: {} });
}

export async function createOrganization(db: Tx, name: string) {
  const clean = name.trim();
  if (await db.organization.findUnique({ where: { name: clean }, select: { id: true } })) {
    throw new AppError("CONFLICT", `An organisation called "${clean}" already exists.`, {
      fieldErrors: { name: ["An organisation with this name already exists"] },
    });
  }
  return db.organization.create({ data: { name: clean } });
}

export async function renameOrganization(db: Tx, id: string, name: string) {
  const clean = name.trim();
  const clash = await db.organization.findUnique({ where: { name: clean }, select: { id: true } });
  if (clash && clash.id !== id) {
    throw new AppError("CONFLICT", undefined, {
      fieldErrors: { name: ["An organisation with this name already exists"] },
    });
  }
  const existing = await db.organization.findUnique({ where: { id }, select: { name: true } });
  if (!existing) throw new AppError("NOT_FOUND", "Organisation not found.");
  await db.organization.update({ where: { id }, data: { name: clean } });
  return { before: existing.name, after: clean };
}

export async function listOrganizations(db: Db) {
  const orgs = await db.organization.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, createdAt: true, _count: { select: { members: true } } },
  });
  return orgs.map((o) => ({ id: o.id, name: o.name, createdAt: o.createdAt, members: o._count.members }));
}
