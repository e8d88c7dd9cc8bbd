// Queue policies (defaults and overrides) and the desk's one-line job descriptions.
import { describe, expect, it } from "vitest";
import { describeJob, queuePolicies, QUEUES } from "./queues";

describe("queuePolicies", () => {
  it("has a policy for every queue, mail retrying longest and long jobs expiring after their longest run", () => {
    const p = queuePolicies();
    expect(Object.keys(p).sort()).toEqual(Object.values(QUEUES).sort());
    expect(p["send-mail"]).toEqual({ retryLimit: 8, retryDelay: 20, retryBackoff: true, expireInSeconds: 300 });
    expect(p["import-folder"].expireInSeconds).toBe(12 * 3600);
  });

  it("applies each override to every queue and leaves what is not overridden", () => {
    const p = queuePolicies({ retryDelaySeconds: 1, expireInSeconds: 30, retryLimit: 0 });
    for (const q of Object.values(p))
      expect(q).toEqual({ retryLimit: 0, retryDelay: 1, retryBackoff: true, expireInSeconds: 30 });
    const only = queuePolicies({ retryDelaySeconds: 2 });
    expect(only["send-mail"]).toEqual({ retryLimit: 8, retryDelay: 2, retryBackoff: true, expireInSeconds: 300 });
  });

  it("returns fresh objects (one caller's change does not leak into the defaults)", () => {
    queuePolicies()["send-mail"].retryLimit = 99;
    expect(queuePolicies()["send-mail"].retryLimit).toBe(8);
  });
});

describe("describeJob", () => {
  it("describes each kind of job", () => {
    expect(describeJob(QUEUES.sendMail, { to: "a@b.c", subject: "Your link", html: "SECRET" })).toBe(
      "to a@b.c: Your link",
    );
    expect(describeJob(QUEUES.importFolder, { source: "/srv/in", datasetSlug: "ls", sample: true })).toBe(
      "/srv/in into ls (sample)",
    );
    expect(describeJob(QUEUES.importFolder, { source: "/srv/in", datasetSlug: "ls" })).toBe("/srv/in into ls");
    expect(describeJob(QUEUES.buildArchives, { studyInstanceUid: "1.2.3" })).toBe("study 1.2.3");
    expect(describeJob(QUEUES.buildArchives, { datasetSlug: "ls" })).toBe("dataset ls");
    expect(describeJob(QUEUES.buildArchives, {})).toBe("every dataset");
    expect(describeJob(QUEUES.refreshCatalogue, { datasetSlug: "ls", version: 4 })).toBe("ls version 4");
    expect(describeJob(QUEUES.refreshCatalogue, { datasetSlug: "ls" })).toBe("ls version latest");
  });

  it("never shows a mail's body, and copes with missing or odd data", () => {
    expect(
      describeJob(QUEUES.sendMail, { to: "a@b.c", subject: "s", text: "https://x/login?token=abc" }),
    ).not.toContain("token");
    expect(describeJob(QUEUES.sendMail, null)).toBe("to : ");
    expect(describeJob(QUEUES.sendMail, { to: { evil: 1 }, subject: 5 })).toBe("to : ");
    expect(describeJob(QUEUES.expireLicences, {})).toBe("");
    expect(describeJob("unknown-queue", { to: "x" })).toBe("");
  });
});
