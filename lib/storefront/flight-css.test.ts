// The cached page's inline payload loses the stylesheet's copies (flight-css.mjs): checked on the shape Next writes,
// escapes included, and on what must be left alone.
import { describe, expect, it } from "vitest";
import { dropFlightStylesheetCopies } from "./flight-css.mjs";

// What Next writes: JSON.stringify([1, chunk]) with <, >, & and U+2028/9 escaped as \uXXXX.
const push = (chunk: string) =>
  `<script>self.__next_f.push(${JSON.stringify([1, chunk]).replace(/[&><\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)})</script>`;
/** The payload's text again, from the page's push scripts. */
const payload = (html: string) =>
  [...html.matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/gs)]
    .map((m) => JSON.parse(m[1]!) as [number, string])
    .map(([, s]) => s)
    .join("");

// Non-ASCII on purpose: the row's length is in UTF-8 bytes, not characters.
const css = '@layer base{a>b{content:"→ & <"}}.x{color:red}';
const bytes = Buffer.byteLength(css).toString(16);
const style = `<style data-precedence="next" data-href="/_next/static/chunks/a.css">${css}</style>`;
const treeRow = `0:["$","style","0",{"precedence":"next","href":"/_next/static/chunks/a.css","children":"$2"}]\n`;
const page = (...chunks: string[]) =>
  `<!DOCTYPE html><html><head>${style}</head><body><p>hi</p>${chunks.map(push).join("")}</body></html>`;

describe("dropFlightStylesheetCopies", () => {
  it("empties every text row holding the inlined stylesheet and keeps the rows around it", () => {
    const html = page(`${treeRow}2:T${bytes},${css}3:"next"\n`, `1:I[1,[],"x"]\n2d:T${bytes},${css}4:null\n`);
    const out = dropFlightStylesheetCopies(html);
    expect(payload(out)).toBe(`${treeRow}2:T0,3:"next"\n1:I[1,[],"x"]\n2d:T0,4:null\n`);
    // The <style> in <head> is what the page renders with: untouched.
    expect(out).toContain(style);
    expect(out.length).toBeLessThan(html.length - 2 * css.length);
  });

  it("leaves the page as it is when the payload's text differs from the inlined stylesheet", () => {
    const other = ".y{color:blue}";
    const html = page(`2:T${Buffer.byteLength(other).toString(16)},${other}3:null\n`);
    expect(dropFlightStylesheetCopies(html)).toBe(html);
  });

  it("leaves a copy whose length prefix does not match (not a whole row)", () => {
    const html = page(`2:T${(Buffer.byteLength(css) + 1).toString(16)},${css}x3:null\n`);
    expect(dropFlightStylesheetCopies(html)).toBe(html);
  });

  it("leaves a copy split across two scripts, which it cannot remove whole", () => {
    const cut = 10;
    const html = page(`2:T${bytes},${css.slice(0, cut)}`, `${css.slice(cut)}3:null\n`);
    expect(dropFlightStylesheetCopies(html)).toBe(html);
  });

  it("returns pages without an inlined stylesheet unchanged", () => {
    const html = `<html><head></head><body>${push('0:"x"\n')}</body></html>`;
    expect(dropFlightStylesheetCopies(html)).toBe(html);
  });
});
