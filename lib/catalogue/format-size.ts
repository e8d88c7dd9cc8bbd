// Sizes for buyers: decimal units (a "4 TB" drive holds 4e12 bytes), as storage vendors and cloud bills count.
export function formatSize(bytes: number): string {
  const units = ["bytes", "kB", "MB", "GB", "TB", "PB"];
  let v = bytes;
  let u = 0;
  // 999.5 and up would round to "1000 kB": show the next unit instead.
  while (v >= 999.5 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return u === 0 ? `${v} bytes` : `${v.toFixed(v >= 100 ? 0 : 1)} ${units[u]}`;
}
