import type { Metadata } from "next";
import { ForbiddenBody } from "@/components/layout/status-pages";

export const metadata: Metadata = { title: "No access", robots: { index: false } };

// Inside the desk layout, which already has a header: no storefront chrome here.
export default function DeskForbidden() {
  return <ForbiddenBody />;
}
