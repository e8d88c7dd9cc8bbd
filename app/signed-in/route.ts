import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { homeFor } from "@/lib/auth/landing";

export const dynamic = "force-dynamic";

// After a sign-in with no destination: sales and admins to the desk, customers to their account.
export async function GET() {
  const user = await getCurrentUser();
  redirect(user ? homeFor(user.role) : "/sign-in");
}
