// The mail layout: the text part reads on its own (links on their own lines, rows as "Key: value"), and the HTML part
// escapes every value, so a buyer's message cannot inject markup into a mail sales opens.
import { describe, expect, it } from "vitest";
import { render } from "./layout";

describe("mail layout", () => {
  it("renders text with the button's link on its own line and the footer", async () => {
    const m = await render("Subject", [
      "Hello,",
      {
        rows: [
          ["Name", "Ada"],
          ["Message", "line 1\nline 2"],
        ],
      },
      { button: { label: "Open", url: "https://x.example/a?b=1&c=2" } },
    ]);
    expect(m.subject).toBe("Subject");
    expect(m.text).toBe(
      "Hello,\n\nName: Ada\nMessage: line 1\nline 2\n\nOpen:\nhttps://x.example/a?b=1&c=2\n\n--\nLumbar Spine MRI Dataset",
    );
  });

  it("renders an HTML document whose values are escaped", async () => {
    const evil = `<script>alert("x")</script> & 'quotes'`;
    const m = await render(
      "S",
      [evil, { rows: [[evil, evil]] }, { button: { label: evil, url: "https://x.example/?a=1&b=<2>" } }],
      "Footer & co",
    );
    expect(m.html.toLowerCase().startsWith("<!doctype html")).toBe(true);
    expect(m.html).not.toContain("<script>");
    expect(m.html).toContain("&lt;script&gt;");
    expect(m.html).toContain('href="https://x.example/?a=1&amp;b=&lt;2&gt;"');
    expect(m.html).toContain("Footer &amp; co");
  });
});
