// Number and date formatting shared by pages and exports; fixed locale so server and client agree.
const int = new Intl.NumberFormat("en-US");
const pct = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1, minimumFractionDigits: 1 });

export const formatInt = (n: number) => int.format(n);
export const formatShare = (part: number, whole: number) => (whole > 0 ? pct.format(part / whole) : "–");
export const formatDate = (d: Date) => d.toISOString().slice(0, 10);
