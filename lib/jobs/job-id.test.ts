// Job ids: random without a key, a stable RFC 9562 version-5-layout UUID for an idempotency key.
import { describe, expect, it } from "vitest";
import { jobIdFor } from "./job-id";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("jobIdFor", () => {
  it("gives the same id for the same key and different ids for different keys", () => {
    expect(jobIdFor("licence-expired:abc")).toBe(jobIdFor("licence-expired:abc"));
    expect(jobIdFor("licence-expired:abc")).not.toBe(jobIdFor("licence-expired:abd"));
    expect(jobIdFor("")).not.toBe(jobIdFor(" "));
  });

  it("is a version 5, RFC variant UUID that PostgreSQL's uuid type accepts", () => {
    for (const key of ["a", "licence-expired:abc", "é".repeat(500)]) {
      const id = jobIdFor(key);
      expect(id).toMatch(UUID);
      expect(id[14]).toBe("5");
      expect("89ab").toContain(id[19]);
    }
  });

  it("is pinned: a changed derivation would let a re-sent key insert a second job after a deploy", () => {
    expect(jobIdFor("licence-expired:abc")).toBe(jobIdFor("licence-expired:abc"));
    expect(jobIdFor("x")).toMatchInlineSnapshot(`"23b9a001-db93-5f3e-bd40-872245b95c2b"`);
  });

  it("is a fresh random v4 UUID without a key", () => {
    const a = jobIdFor();
    expect(a).toMatch(UUID);
    expect(a[14]).toBe("4");
    expect(jobIdFor()).not.toBe(a);
  });
});
