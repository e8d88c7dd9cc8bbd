"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/action";
import { signInSchema } from "@/lib/validations/auth";
import { requestSignInLink } from "@/lib/auth/magic-link";
import { signOutCurrentSession } from "@/lib/auth/sign-out";
import { z } from "zod";
import { deps, signInDeps } from "@/app/_bind/deps";

export const requestSignInAction = publicAction({ schema: signInSchema, maxBytes: 4096 }, async (input, { ip }) => {
  await requestSignInLink(signInDeps(), input.email, input.callbackUrl, ip);
  redirect(`/sign-in/check-email?${new URLSearchParams({ email: input.email })}`);
});

export const signOutAction = publicAction({ schema: z.object({}), maxBytes: 1024 }, async (_input, { user, ip }) => {
  await signOutCurrentSession(deps(), await cookies(), user, ip);
  redirect("/sign-out?done=1");
});
