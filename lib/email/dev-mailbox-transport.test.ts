import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { createDevMailboxTransport } from "./dev-mailbox-transport";
import { signInMail } from "./templates/sign-in";

let s: ScratchDb;
beforeAll(async () => (s = await createScratchDb()));
afterAll(() => s?.cleanup());

describe("dev mailbox transport", () => {
  it("stores the mail and, in demo mode, prints its links on the log", async () => {
    const lines: string[] = [];
    const transport = createDevMailboxTransport(s.db, { printLinks: true, log: (l) => lines.push(l) });
    const mail = await signInMail({
      url: "http://localhost:3000/sign-in/verify?token=abc&email=a%40localhost",
      host: "localhost:3000",
      validForS: 3600,
    });
    const sent = await transport.send({ ...mail, to: "a@localhost", from: "data@localhost" });
    expect(sent.transport).toBe("dev-mailbox");
    const stored = await s.db.mailMessage.findUniqueOrThrow({ where: { id: sent.messageId } });
    expect(stored).toMatchObject({ to: "a@localhost", subject: "Sign in to localhost:3000" });
    expect(stored.html).toContain("&amp;email=a%40localhost");
    expect(lines.join("\n")).toContain("http://localhost:3000/sign-in/verify?token=abc&email=a%40localhost");
  });

  it("outside demo mode logs that a message was stored, never its links", async () => {
    const lines: string[] = [];
    const transport = createDevMailboxTransport(s.db, { printLinks: false, log: (l) => lines.push(l) });
    const mail = await signInMail({
      url: "http://localhost:3000/sign-in/verify?token=secret-token",
      host: "localhost:3000",
      validForS: 3600,
    });
    await transport.send({ ...mail, to: "b@localhost", from: "data@localhost" });
    expect(lines.join("\n")).toContain("to b@localhost: Sign in to localhost:3000");
    expect(lines.join("\n")).not.toContain("secret-token");
  });

  it("escapes control characters in what it logs", async () => {
    const lines: string[] = [];
    const transport = createDevMailboxTransport(s.db, { printLinks: false, log: (l) => lines.push(l) });
    await transport.send({
      to: "c@localhost",
      from: "data@localhost",
      subject: "Hi\n[auth] admin signed in",
      text: "x",
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain("\n");
    expect(lines[0]).toContain("Hi\\n[auth] admin signed in");
  });
});
