// The generated nginx configuration is one nginx accepts (nginx -t), balances over every instance, and streams
// downloads without buffering. Skipped where nginx is not installed.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DOWNLOAD_LOCATION, nginxConf } from "./nginx-conf";

const nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((f) => fs.existsSync(f));

describe("topology nginx configuration", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nginx-conf-test-"));
  const conf = nginxConf({ dir, port: 3900, singlePort: 3910, instancePorts: [3911, 3912], ipv6: false });

  it("balances over both instances, and the single-instance server over the first only", () => {
    expect(conf).toMatch(
      /upstream app \{\s+server 127\.0\.0\.1:3911 max_fails=0;\s+server 127\.0\.0\.1:3912 max_fails=0;/,
    );
    expect(conf).toMatch(/upstream app_single \{\s+server 127\.0\.0\.1:3911 max_fails=0;\s+keepalive/);
    expect(conf).toContain("proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;");
  });

  it("micro-caches only what the app marks with X-Accel-Expires, never downloads", () => {
    const main = conf.split("location / {")[1]!.split("}")[0]!;
    expect(main).toContain("proxy_cache pages;");
    // Cache-Control ignored and no proxy_cache_valid: a response without X-Accel-Expires has no lifetime.
    expect(main).toContain("proxy_ignore_headers Cache-Control Expires;");
    expect(conf).not.toContain("proxy_cache_valid");
    // A lock would make concurrent requests for an uncacheable URL wait for each other (up to 5 s each).
    expect(conf).not.toContain("proxy_cache_lock");
    expect(main).not.toMatch(/proxy_ignore_headers[^;]*(Set-Cookie|Vary|X-Accel-Expires)/);
    const download = conf.split(`location ${DOWNLOAD_LOCATION} {`)[1]!.split("}")[0]!;
    expect(download).not.toContain("proxy_cache");
  });

  it("streams downloads unbuffered", () => {
    const download = conf.split(`location ${DOWNLOAD_LOCATION} {`)[1]!.split("}")[0]!;
    expect(download).toContain("proxy_buffering off;");
    expect(download).toContain("proxy_max_temp_file_size 0;");
  });

  it.skipIf(!nginx)("is valid for nginx -t", () => {
    const file = path.join(dir, "nginx.conf");
    fs.writeFileSync(file, conf);
    // -t reads the configuration and exits; the error log path must be writable by this user.
    execFileSync(nginx!, ["-t", "-q", "-c", file, "-p", dir, "-e", path.join(dir, "error.log")], { stdio: "pipe" });
  });
});
