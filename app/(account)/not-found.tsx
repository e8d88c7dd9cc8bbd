import type { Metadata } from "next";
import { NotFoundBody } from "@/components/layout/status-pages";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

// Inside the account layout, which already has the storefront header and footer.
export default function AccountNotFound() {
  return <NotFoundBody home="/account" homeLabel="Your account" />;
}
