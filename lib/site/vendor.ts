// The vendor behind the storefront, from the environment (VENDOR_*). With VENDOR_NAME unset every value is an
// obviously made-up example and pages say so, so a demo never passes for a real company.
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { env } from "../env";

export interface Vendor {
  name: string;
  addressLines: string[];
  email: string;
  phone: string | null;
  registrationLines: string[];
  /** True when the operator has not configured the vendor: the values are examples. */
  example: boolean;
}

const lines = (v: string) =>
  v
    .split("|")
    .map((s) => s.trim())
    .filter(Boolean);

export function getVendor(): Vendor {
  const example = !env.VENDOR_NAME;
  return {
    name: env.VENDOR_NAME ?? "Example Imaging Data Ltd (example)",
    addressLines: lines(
      env.VENDOR_ADDRESS ?? (example ? "1 Example Street | Exampletown EX1 2MP | United Kingdom" : ""),
    ),
    email: env.VENDOR_EMAIL ?? env.SALES_EMAIL,
    phone: env.VENDOR_PHONE ?? (example ? "+44 20 0000 0000 (example)" : null),
    registrationLines: lines(
      env.VENDOR_REGISTRATION ??
        (example
          ? "Registered in England and Wales, company no. 00000000 (example) | VAT GB000000000 (example) | Director: A. N. Example (example)"
          : ""),
    ),
    example,
  };
}

export type LegalDoc = "terms" | "privacy";

/** The operator's own text for a legal page, or null to show the built-in example. A missing file is an error. */
export function readLegalText(doc: LegalDoc): string | null {
  const file = doc === "terms" ? env.VENDOR_TERMS_FILE : env.VENDOR_PRIVACY_FILE;
  if (!file) return null;
  const name = doc === "terms" ? "VENDOR_TERMS_FILE" : "VENDOR_PRIVACY_FILE";
  try {
    return fs.readFileSync(path.resolve(file), "utf8");
  } catch (e) {
    throw new Error(`${name}=${file} cannot be read: ${(e as Error).message}`);
  }
}
