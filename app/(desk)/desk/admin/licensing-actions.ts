"use server";

// Admin: publish price list and licence agreement versions.
import { revalidatePath } from "next/cache";
import { storefrontChanged } from "@/lib/storefront/notify-configured";
import { roleAction } from "@/lib/actions/action";
import { ok } from "@/lib/actions/types";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { publishAgreement } from "@/lib/licensing/agreements";
import { agreementForm, priceListForm } from "@/lib/licensing/forms";
import { parseMoney } from "@/lib/licensing/money";
import { parseTierText, publishPriceList } from "@/lib/licensing/price-list";

export const publishPriceListAction = roleAction(ADMIN_ONLY, { schema: priceListForm }, async (input, { user, ip }) => {
  const list = await publishPriceList(
    db,
    user,
    {
      currency: input.currency,
      termMonths: input.termMonths,
      uses: {
        research: {
          minimumMinor: parseMoney(input.researchMinimum, "researchMinimum"),
          tiers: parseTierText(input.researchTiers, "researchTiers"),
        },
        commercial: {
          minimumMinor: parseMoney(input.commercialMinimum, "commercialMinimum"),
          tiers: parseTierText(input.commercialTiers, "commercialTiers"),
        },
      },
      selfServeMaxStudies: input.selfServeMaxStudies ? Number(input.selfServeMaxStudies) : null,
      selfServeMaxMinor: input.selfServeMaxAmount ? parseMoney(input.selfServeMaxAmount, "selfServeMaxAmount") : null,
      note: input.note,
    },
    ip,
  );
  revalidatePath("/desk/admin/pricing");
  revalidatePath("/pricing");
  // Other instances behind the load balancer keep their own page cache: tell them too, before the reply, so that
  // "published" means every instance shows it (a rare admin action; an instance that does not answer costs at most
  // the notice's 3 s timeout, and its pages still refresh within a minute).
  await storefrontChanged(env);
  return ok(undefined, `Published price list version ${list.version}.`);
});

export const publishAgreementAction = roleAction(
  ADMIN_ONLY,
  { schema: agreementForm, maxBytes: 256 * 1024 },
  async (input, { user, ip }) => {
    const v = await publishAgreement(db, user, input, ip);
    revalidatePath("/desk/admin/agreements");
    return ok(undefined, `Published ${v.use} agreement version ${v.version}.`);
  },
);
