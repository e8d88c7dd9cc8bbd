"use server";

import { revalidatePath } from "next/cache";
import { roleAction } from "@/lib/actions/action";
import { ok } from "@/lib/actions/types";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { appQueue } from "@/lib/jobs/app-queue";
import { queueCatalogueRefresh, queueImport, retryJob } from "@/lib/jobs/desk";
import { refreshCatalogueSchema, retryJobSchema, startImportSchema } from "@/lib/validations/jobs";

const JOBS = "/desk/admin/jobs";

export const retryJobAction = roleAction(ADMIN_ONLY, { schema: retryJobSchema }, async (input, { user, ip }) => {
  await retryJob({ db, queue: appQueue() }, user, input.jobId, ip);
  revalidatePath(JOBS);
  return ok(undefined, "Queued again.");
});

export const startImportAction = roleAction(ADMIN_ONLY, { schema: startImportSchema }, async (input, { user, ip }) => {
  const id = await queueImport({ db, queue: appQueue() }, user, input, ip);
  revalidatePath(JOBS);
  return ok(undefined, `Import queued (job ${id}).`);
});

export const refreshCatalogueAction = roleAction(
  ADMIN_ONLY,
  { schema: refreshCatalogueSchema },
  async (input, { user, ip }) => {
    const id = await queueCatalogueRefresh({ db, queue: appQueue() }, user, input.datasetSlug, ip);
    revalidatePath(JOBS);
    return ok(undefined, `Catalogue refresh queued (job ${id}).`);
  },
);
