// The download name header: a safe ASCII fallback and an RFC 5987 (RFC 8187) UTF-8 form that decodes back exactly.
import { describe, expect, it } from "vitest";
import { attachment } from "./content-disposition";

/** The two parameters as a client reads them. */
function parse(header: string): { ascii: string; utf8: string } {
  const m = /^attachment; filename="([^"\\]*)"; filename\*=UTF-8''([A-Za-z0-9!#$&+\-.^_`|~%]*)$/.exec(header);
  if (!m) throw new Error(`malformed header: ${header}`);
  return { ascii: m[1]!, utf8: decodeURIComponent(m[2]!) };
}

describe("attachment", () => {
  it("passes a plain file name through unchanged in both forms", () => {
    expect(attachment("1.2.840.113619.2.55.zip")).toBe(
      `attachment; filename="1.2.840.113619.2.55.zip"; filename*=UTF-8''1.2.840.113619.2.55.zip`,
    );
  });

  it.each([
    'quote".zip',
    "back\\slash.zip",
    "semi;colon.zip",
    "new\r\nline.zip",
    "O'Brien (copy)*.zip",
    "Zürich MRT 腰椎.zip",
    "space name.csv",
    "100%.txt",
  ])("keeps %j inside its quotes and round-trips it through the UTF-8 form", (name) => {
    const h = attachment(name);
    expect(h).not.toMatch(/[\r\n]/);
    const { ascii, utf8 } = parse(h);
    expect(utf8).toBe(name);
    expect(ascii).toMatch(/^[\w.-]+$/);
    expect(ascii.length).toBe(name.length);
  });

  it("replaces every non-word character of the fallback with an underscore", () => {
    expect(parse(attachment('a b/c\\d"e.zip')).ascii).toBe("a_b_c_d_e.zip");
  });
});
