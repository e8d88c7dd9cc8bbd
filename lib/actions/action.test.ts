// The one server-action wrapper: order of checks (size, then who, then input), what an error tells the caller, and
// that Next's redirect passes through. The session and request are doubles; the wrapper's own logic is real.
import { redirect } from "next/navigation";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "../errors/app-error";
import type { SessionUser } from "../auth/session";

const who = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("../auth/current-user", () => ({ getCurrentUser: async () => who.user }));
vi.mock("./request", () => ({ requestIp: async () => "203.0.113.9" }));
vi.mock("../log", () => ({ log: { error: vi.fn(), warn: vi.fn(), info: vi.fn() } }));

const { publicAction, roleAction } = await import("./action");
const { log } = await import("../log");

const schema = z.object({ email: z.email("Enter an email"), password: z.string().optional() });
const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
};
const admin = { id: "a1", email: "admin@example.org", role: "ADMIN", disabled: false, organizationId: null };

beforeEach(() => {
  who.user = null;
  vi.mocked(log.error).mockClear();
});

describe("roleAction", () => {
  const handler = vi.fn(async (input: z.output<typeof schema>, ctx: { user: { id: string }; ip: string }) => ({
    ok: true as const,
    data: `${input.email} by ${ctx.user.id} from ${ctx.ip}`,
  }));
  const action = roleAction(["ADMIN"], { schema, noEcho: ["password"] }, handler);

  it("runs the handler with parsed input, the user and the client address", async () => {
    who.user = admin as SessionUser;
    expect(await action(null, form({ email: "a@b.org" }))).toEqual({
      ok: true,
      data: "a@b.org by a1 from 203.0.113.9",
    });
  });

  it("refuses anonymous and wrong-role callers before reading their input, echoing nothing", async () => {
    handler.mockClear();
    const anon = await action(null, form({ email: "not an email" }));
    expect(anon).toMatchObject({ ok: false, code: "UNAUTHENTICATED", values: undefined });
    expect(anon.ok ? null : anon.fieldErrors).toBeUndefined();
    who.user = { ...admin, role: "SALES" } as SessionUser;
    expect(await action(null, form({ email: "x" }))).toMatchObject({ ok: false, code: "FORBIDDEN", values: undefined });
    who.user = { ...admin, disabled: true } as SessionUser;
    expect(await action(null, form({ email: "x" }))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("returns field errors and echoes the input back, without the fields marked secret", async () => {
    who.user = admin as SessionUser;
    const r = await action(null, form({ email: "nope", password: "hunter2" }));
    expect(r).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { email: ["Enter an email"] } });
    expect(r.ok ? null : r.values).toEqual({ email: "nope" });
  });

  it("refuses an oversized submission unread, before asking who sent it", async () => {
    const big = roleAction(["ADMIN"], { schema, maxBytes: 100 }, handler);
    expect(await big(null, form({ email: "a@b.org", password: "x".repeat(200) }))).toMatchObject({
      ok: false,
      code: "PAYLOAD_TOO_LARGE",
    });
  });
});

describe("publicAction", () => {
  it("hands AppErrors back as results and hides anything else behind INTERNAL (logged)", async () => {
    const conflict = publicAction({ schema }, async () => {
      throw new AppError("CONFLICT", "Already done.");
    });
    expect(await conflict(null, form({ email: "a@b.org" }))).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: "Already done.",
      values: { email: "a@b.org" },
    });
    const crash = publicAction({ schema }, async () => {
      throw new Error("database password is hunter2");
    });
    const r = await crash(null, form({ email: "a@b.org" }));
    expect(r).toMatchObject({ ok: false, code: "INTERNAL" });
    expect(JSON.stringify(r)).not.toContain("hunter2");
    expect(log.error).toHaveBeenCalledOnce();
  });

  it("lets Next's redirect through and refuses a call that is not a form submission", async () => {
    const go = publicAction({ schema }, async () => redirect("/somewhere"));
    await expect(go(null, form({ email: "a@b.org" }))).rejects.toThrow("NEXT_REDIRECT");
    const notAForm = publicAction({ schema }, async () => ({ ok: true as const, data: undefined }));
    expect(await notAForm(null, { email: "a@b.org" } as unknown as FormData)).toMatchObject({ code: "VALIDATION" });
  });
});
