// The data card's table renders every rule of the profile the gate applies, grouped, with nothing left out.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DEIDENTIFICATION_PROFILE } from "@/lib/dicom/deidentification-profile";
import { DeidentificationTable, groupProfile } from "./deidentification-table";

describe("DeidentificationTable", () => {
  const html = renderToStaticMarkup(<DeidentificationTable />);

  it("lists every attribute of the profile with its action", () => {
    for (const r of DEIDENTIFICATION_PROFILE) expect(html).toContain(r.keyword);
    expect(html).toContain("StudyDescription");
    expect(html).toContain("(0008,1030)");
    expect(html).toMatch(/data-action="checked"/);
  });

  it("groups consecutive rules with the same action and reason into one row", () => {
    const groups = groupProfile(DEIDENTIFICATION_PROFILE);
    expect(groups.reduce((n, g) => n + g.rules.length, 0)).toBe(DEIDENTIFICATION_PROFILE.length);
    expect(groups.length).toBeLessThan(DEIDENTIFICATION_PROFILE.length / 4);
    expect(html.match(/<tr data-action=/g)).toHaveLength(groups.length);
  });
});
