import { describe, expect, it } from "vitest";
import { parseEnv } from "./env-schema.mjs";

describe("parseEnv", () => {
  it("keeps the SQLite file in DATA_DIR unless DATABASE_URL says otherwise", () => {
    expect(parseEnv({}).DATABASE_URL).toBe("file:.data/storefront.db");
    expect(parseEnv({ DATA_DIR: "/srv/storefront" }).DATABASE_URL).toBe("file:/srv/storefront/storefront.db");
    expect(parseEnv({ DATA_DIR: "/srv/x", DATABASE_URL: "postgresql://db/app" }).DATABASE_URL).toBe("postgresql://db/app");
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
