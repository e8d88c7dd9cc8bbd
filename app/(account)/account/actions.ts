"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { roleAction } from "@/lib/actions/action";
import { ok } from "@/lib/actions/types";
import { ANY_USER } from "@/lib/auth/roles";
import { deps } from "@/app/_bind/deps";
import { signOutEverywhere } from "@/lib/auth/sign-out";
import { updateProfile } from "@/lib/users/profile";
import { profileSchema } from "@/lib/validations/account";

export const updateProfileAction = roleAction(
  ANY_USER,
  { schema: profileSchema, maxBytes: 4096 },
  async (input, { user, ip }) => {
    await updateProfile(deps(), user, input, ip);
    revalidatePath("/account");
    return ok(undefined, "Saved.");
  },
);

export const signOutEverywhereAction = roleAction(
  ANY_USER,
  { schema: z.object({}), maxBytes: 1024 },
  async (_input, { user, ip }) => {
    await signOutEverywhere(deps(), user, ip);
    redirect("/sign-out?done=1");
  },
);
