import { describe, expect, it } from "vitest";
import { atRuntime, duringBuild } from "./build-phase";

describe("build phase", () => {
  it("answers the placeholder while next build prerenders, the data at run time", async () => {
    const build = { NEXT_PHASE: "phase-production-build" };
    expect(duringBuild(build)).toBe(true);
    let queried = 0;
    const load = async () => (queried++, "live");
    expect(await atRuntime(load, "placeholder", build)).toBe("placeholder");
    expect(queried).toBe(0);
    expect(await atRuntime(load, "placeholder", {})).toBe("live");
  });

  it("queries in every other phase: the production server and the dev server are run time", async () => {
    for (const NEXT_PHASE of ["phase-production-server", "phase-development-server", undefined]) {
      expect(duringBuild({ NEXT_PHASE })).toBe(false);
      expect(await atRuntime(async () => "live", "placeholder", { NEXT_PHASE })).toBe("live");
    }
  });

  it("lets a failing query fail at run time instead of answering the placeholder", async () => {
    const load = () => Promise.reject(new Error("database is down"));
    await expect(atRuntime(load, "placeholder", {})).rejects.toThrow("database is down");
  });
});
