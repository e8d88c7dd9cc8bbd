// Finds a Chromium for Playwright on a machine that cannot download Playwright's own browsers: an explicit path from
// the environment, Debian's /usr/bin/chromium, a browser Playwright already has, or - as root on Debian with none of
// these - `apt-get install -y chromium`. Otherwise it stops and says what to install.
// CommonJS so that both playwright.config.ts (which Playwright loads as CommonJS) and the .mjs scripts can use it.
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");

function playwrightBundled() {
  try {
    const { chromium } = require("playwright-core");
    const p = chromium.executablePath();
    return p && fs.existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

function findBrowser({ install = false } = {}) {
  const explicit = process.env.PLAYWRIGHT_CHROMIUM_PATH || process.env.CHROME_PATH;
  if (explicit) {
    if (!fs.existsSync(explicit))
      throw new Error(`PLAYWRIGHT_CHROMIUM_PATH/CHROME_PATH points to ${explicit}, which does not exist`);
    return explicit;
  }
  for (const p of ["/usr/bin/chromium", "/usr/bin/chromium-browser"]) if (fs.existsSync(p)) return p;
  const bundled = playwrightBundled();
  if (bundled) return bundled;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (install && isRoot && fs.existsSync("/etc/debian_version")) {
    console.log("No Chromium found: installing Debian's chromium with apt-get (about a minute)...");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
    if (fs.existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  }
  throw new Error(
    "No Chromium for the end-to-end tests. Install Debian's chromium (sudo apt-get install -y chromium) " +
      "or set PLAYWRIGHT_CHROMIUM_PATH to a Chromium/Chrome executable.",
  );
}

// How every test and benchmark launches it: headless on a shared CI machine, with nothing running in the background
// that would fetch from the network (this machine reaches none) or compete with what is measured.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

module.exports = { findBrowser, CHROMIUM_ARGS };

if (require.main === module) {
  try {
    console.log(findBrowser({ install: process.argv.includes("--install") }));
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
