// Money is integer minor units (cents) from the form field to the database to Stripe; only these helpers turn it into
// text and back. Decimal strings are parsed digit by digit, never through floating point.
import { AppError } from "../errors/app-error";

export const CURRENCIES = ["EUR", "USD", "GBP"] as const;
export type Currency = (typeof CURRENCIES)[number];

export function formatMoney(minor: number | bigint, currency: string): string {
  const n = typeof minor === "bigint" ? minor : BigInt(minor);
  const neg = n < 0n;
  const abs = neg ? -n : n;
  const major = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, "0");
  const grouped = major.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const symbol = { EUR: "€", USD: "$", GBP: "£" }[currency] ?? `${currency} `;
  return `${neg ? "-" : ""}${symbol}${grouped}.${cents}`;
}

/** "1,234.5" -> 123450. Throws a VALIDATION error naming `field` for anything that is not a plain amount. */
export function parseMoney(text: string, field = "amount"): number {
  const s = text.trim().replace(/[,\s]/g, "");
  const m = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(s);
  if (!m)
    throw new AppError("VALIDATION", undefined, { fieldErrors: { [field]: ["Enter an amount like 1250 or 1250.50"] } });
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

/** A minor-unit amount from the database (BigInt) as a JS number, refusing anything beyond exact integer range. */
export function toMinor(v: bigint | number): number {
  const n = typeof v === "bigint" ? Number(v) : v;
  if (!Number.isSafeInteger(n)) throw new Error(`amount out of range: ${v}`);
  return n;
}

/** Minor units as a plain decimal for form defaults: 123450 -> "1234.50". */
export function minorToDecimal(minor: number): string {
  return `${Math.trunc(minor / 100)}.${String(Math.abs(minor % 100)).padStart(2, "0")}`;
}
