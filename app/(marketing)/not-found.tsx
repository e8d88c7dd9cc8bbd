import type { Metadata } from "next";
import { NotFoundBody } from "@/components/layout/status-pages";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

// Inside the storefront layout, which already has the header and footer. Kept out of the root (app/global-not-found
// answers unmatched addresses): a root not-found is serialised into every page's payload, chrome and all.
export default function StorefrontNotFound() {
  return <NotFoundBody />;
}
