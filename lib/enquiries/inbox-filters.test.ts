import { describe, expect, it } from "vitest";
import { filtersToQuery, parseInboxFilters } from "./inbox-filters";

describe("inbox filters", () => {
  it("keep what is valid and drop what is not, so a hand-edited URL still shows a page", () => {
    expect(
      parseInboxFilters({
        status: "WON",
        use: "research",
        country: "DE",
        from: "2026-01-01",
        to: "2026-13-01",
        sort: "sideways",
        q: "  acme  ",
      }),
    ).toEqual({ status: "WON", use: "research", country: "DE", from: "2026-01-01", sort: "newest", q: "acme" });
    expect(parseInboxFilters({ status: "DELETED", country: "XX", use: "evil" })).toEqual({ sort: "newest" });
  });

  it("take the first of repeated parameters and ignore empty ones, from a page's params or a URL", () => {
    expect(parseInboxFilters({ status: ["LOST", "WON"], q: "" })).toEqual({ status: "LOST", sort: "newest" });
    expect(parseInboxFilters(new URLSearchParams("sort=name&sort=oldest&assignee=me"))).toEqual({
      sort: "name",
      assignee: "me",
    });
  });

  it("write back the view without page cursors or the default sort, plus extra parameters", () => {
    const f = parseInboxFilters({ status: "ALL", q: "a b", sort: "newest", after: "cursor" });
    expect(filtersToQuery(f)).toBe("?q=a+b&status=ALL");
    expect(filtersToQuery({ ...f, sort: "name" }, { after: "c2", before: undefined })).toBe(
      "?q=a+b&status=ALL&sort=name&after=c2",
    );
    expect(filtersToQuery({})).toBe("");
  });
});
