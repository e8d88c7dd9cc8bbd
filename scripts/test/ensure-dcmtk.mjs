// dcmtk is the reference DICOM parser the synthetic-pack tests check our files against. As root on Debian it is
// installed when missing; elsewhere those checks are skipped and say so.
import { execFileSync } from "node:child_process";
import fs from "node:fs";

export function ensureDcmtk() {
  if (fs.existsSync("/usr/bin/dcmdump")) return true;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && fs.existsSync("/etc/debian_version")) {
    try {
      console.log("dcmtk missing: installing Debian's dcmtk with apt-get...");
      const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
      try {
        execFileSync("apt-get", ["install", "-y", "-qq", "dcmtk"], { stdio: "inherit", env });
      } catch {
        // A fresh machine may have no package lists yet.
        execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
        execFileSync("apt-get", ["install", "-y", "-qq", "dcmtk"], { stdio: "inherit", env });
      }
      return true;
    } catch {
      console.warn("could not install dcmtk; the dcmdump checks will be skipped");
      return false;
    }
  }
  console.warn("dcmtk (dcmdump) not found: its checks will be skipped. Install it with: sudo apt-get install dcmtk");
  return false;
}
