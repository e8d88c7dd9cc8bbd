// The route-handler wrapper: the handler runs only for an allowed role, with the user and the awaited params; every
// failure becomes the JSON error response of its code. The signed-in user comes from the request-scoped edge
// (getCurrentUser), the one double here.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "../errors/app-error";
import type { SessionUser } from "../auth/session";

const who = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("../auth/current-user", () => ({ getCurrentUser: async () => who.user }));

const { roleRoute } = await import("./route");

const staff = { id: "s1", email: "s@example.org", role: "SALES", disabled: false, organizationId: null } as SessionUser;
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const req = new Request("https://shop.example/api/x");

beforeEach(() => void (who.user = null));

describe("roleRoute", () => {
  const handler = vi.fn(async (_req: Request, { user, params }: { user: SessionUser; params: { id: string } }) =>
    Response.json({ by: user.id, id: params.id }),
  );
  const route = roleRoute<{ id: string }>(["SALES", "ADMIN"], handler);

  it("runs the handler for an allowed role with the user and the params", async () => {
    who.user = staff;
    const r = await route(req, ctx({ id: "e42" }));
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ by: "s1", id: "e42" });
  });

  it("answers 401 and 403 without running the handler", async () => {
    handler.mockClear();
    expect((await route(req, ctx({ id: "e" }))).status).toBe(401);
    who.user = { ...staff, role: "CUSTOMER" };
    const r = await route(req, ctx({ id: "e" }));
    expect(r.status).toBe(403);
    expect(await r.json()).toMatchObject({ code: "FORBIDDEN" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("maps the handler's AppError to its status, and anything else to a generic 500", async () => {
    who.user = staff;
    const notFound = roleRoute(["SALES"], async () => {
      throw new AppError("NOT_FOUND", "No such file.");
    });
    const r = await notFound(req, ctx({}));
    expect(r.status).toBe(404);
    expect(await r.json()).toEqual({ error: "No such file.", code: "NOT_FOUND" });

    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = roleRoute(["SALES"], async () => {
      throw new Error("disk full at /var/data");
    });
    const b = await broken(req, ctx({}));
    expect(b.status).toBe(500);
    expect(JSON.stringify(await b.json())).not.toContain("/var/data");
    quiet.mockRestore();
  });
});
