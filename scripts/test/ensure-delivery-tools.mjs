// The delivery tests drive the real clients a customer uses (aria2c, curl) and check archives with unzip; the
// download benchmark compares against nginx. As root on Debian missing ones are installed; elsewhere the tests that
// need them are skipped and say so.
import { execFileSync } from "node:child_process";
import fs from "node:fs";

const TOOLS = { aria2c: "aria2", curl: "curl", unzip: "unzip", sha256sum: "coreutils" };

export function ensureDeliveryTools({ nginx = false } = {}) {
  const wanted = { ...TOOLS, ...(nginx ? { nginx: "nginx-light" } : {}) };
  const has = (bin) => ["/usr/bin", "/usr/sbin", "/bin", "/usr/local/bin"].some((d) => fs.existsSync(`${d}/${bin}`));
  const missing = Object.entries(wanted).filter(([bin]) => !has(bin));
  if (missing.length === 0) return true;
  const pkgs = missing.map(([, pkg]) => pkg);
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && fs.existsSync("/etc/debian_version")) {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    try {
      console.log(`installing ${pkgs.join(", ")} with apt-get for the delivery tests...`);
      try {
        execFileSync("apt-get", ["install", "-y", "-qq", ...pkgs], { stdio: "inherit", env });
      } catch {
        execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
        execFileSync("apt-get", ["install", "-y", "-qq", ...pkgs], { stdio: "inherit", env });
      }
      return true;
    } catch {
      console.warn(`could not install ${pkgs.join(", ")}; the delivery tests that need them will be skipped`);
      return false;
    }
  }
  console.warn(
    `${missing.map(([b]) => b).join(", ")} not found: the delivery tests that need them are skipped. Install: sudo apt-get install ${pkgs.join(" ")}`,
  );
  return false;
}
