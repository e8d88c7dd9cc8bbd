import type { Metadata } from "next";
import { NotFoundBody } from "@/components/layout/status-pages";

export const metadata: Metadata = { title: "Not found", robots: { index: false } };

// Inside the desk layout, which already has a header: no storefront chrome here.
export default function DeskNotFound() {
  return <NotFoundBody home="/desk" homeLabel="Back to enquiries" secondary={{ href: "/", label: "The storefront" }} />;
}
