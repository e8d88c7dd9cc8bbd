import type { Metadata } from "next";
import { ForbiddenBody } from "@/components/layout/status-pages";

export const metadata: Metadata = { title: "No access", robots: { index: false } };

// Rendered with status 403 when a signed-in user opens an account page their role does not allow (forbidden() in
// lib/auth/guards). Inside the account layout, which already has the storefront header and footer.
export default function AccountForbidden() {
  return <ForbiddenBody />;
}
