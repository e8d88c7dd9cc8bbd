import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { createDevMailboxTransport } from "./dev-mailbox-transport";
import { signInMail } from "./templates/sign-in";

let s: ScratchDb;
beforeAll(async () => (s = await createScratchDb()));
afterAll(() => s?.cleanup());

describe("dev mailbox transport", () => {
  it("stores the mail and prints its links on the log", async () => {
    const lines: string[] = [];
    const transport = createDevMailboxTransport(s.db, (l) => lines.push(l));
    const mail = signInMail({ url: "http://localhost:3000/sign-in/verify?token=abc&email=a%40localhost", host: "localhost:3000", expires: new Date(Date.now() + 3_600_000) });
    const sent = await transport.send({ ...mail, to: "a@localhost", from: "data@localhost" });
    expect(sent.transport).toBe("dev-mailbox");
    const stored = await s.db.mailMessage.findUniqueOrThrow({ where: { id: sent.messageId } });
    expect(stored).toMatchObject({ to: "a@localhost", subject: "Sign in to localhost:3000" });
    expect(stored.html).toContain("&amp;email=a%40localhost");
    expect(lines.join("\n")).toContain("http://localhost:3000/sign-in/verify?token=abc&email=a%40localhost");
  });
});
