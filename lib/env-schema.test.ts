import { describe, expect, it } from "vitest";
import { parseEnv, startupProblems } from "./env-schema.mjs";

describe("parseEnv", () => {
  it("keeps the SQLite file in DATA_DIR unless DATABASE_URL says otherwise", () => {
    expect(parseEnv({}).DATABASE_URL).toBe("file:.data/storefront.db");
    expect(parseEnv({ DATA_DIR: "/srv/storefront" }).DATABASE_URL).toBe("file:/srv/storefront/storefront.db");
    expect(parseEnv({ DATA_DIR: "/srv/x", DATABASE_URL: "postgresql://db/app" }).DATABASE_URL).toBe(
      "postgresql://db/app",
    );
  });

  it("derives APP_URL from PORT when it is not set", () => {
    expect(parseEnv({}).APP_URL).toBe("http://localhost:3000");
    expect(parseEnv({ PORT: "4100" }).APP_URL).toBe("http://localhost:4100");
    expect(parseEnv({ PORT: "4100", APP_URL: "https://data.example.com" }).APP_URL).toBe("https://data.example.com");
  });

  it("names a bad variable", () => {
    expect(() => parseEnv({ PORT: "http" })).toThrow(/PORT/);
    expect(() => parseEnv({ VENDOR_EMAIL: "nope" })).toThrow(/VENDOR_EMAIL/);
  });
});

describe("configuration", () => {
  it("trusts no proxy unless told how many there are", () => {
    expect(parseEnv({}).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "1" }).TRUSTED_PROXY_HOPS).toBe(1);
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: "-1" })).toThrow(/TRUSTED_PROXY_HOPS/);
  });

  it("reads the enquiry form's minimum fill time", () => {
    expect(parseEnv({}).ENQUIRY_MIN_FILL_MS).toBe(3_000);
    expect(parseEnv({ ENQUIRY_MIN_FILL_MS: "0" }).ENQUIRY_MIN_FILL_MS).toBe(0);
    expect(() => parseEnv({ ENQUIRY_MIN_FILL_MS: "soon" })).toThrow(/ENQUIRY_MIN_FILL_MS/);
  });

  it("refuses a production server without SMTP unless it is a demo", () => {
    const prod = { NODE_ENV: "production", APP_URL: "http://localhost:3000" };
    expect(startupProblems(parseEnv(prod)).join("\n")).toMatch(/SMTP_URL: is required in production/);
    expect(startupProblems(parseEnv({ ...prod, DEMO_MODE: "1" }))).toEqual([]);
    expect(startupProblems(parseEnv({ ...prod, SMTP_URL: "smtp://mail.example:587" }))).toEqual([]);
    expect(startupProblems(parseEnv({}))).toEqual([]);
  });
});
