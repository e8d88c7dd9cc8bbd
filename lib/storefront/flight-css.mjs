// Drops the stylesheet's copies from a cached page's inline React payload. With `experimental.inlineCss`, Next inlines
// the stylesheet in a <style data-href> in <head> and also writes its full text into the payload scripts, once for
// the page's tree and once for the global error boundary's (vercel/next.js#98079, #98110): 45 kB each here, two
// thirds of the study page's HTML, and, 45 kB apart, beyond gzip's window, so each copy costs its own compressed
// bytes (measured on the study page: 42.9 kB gzip -> 23.8 kB without them; on a phone's link that is the first view).
// React never reads that text on hydration: a <style precedence href> is a resource, and React adopts the element
// already in the document by its data-href. Each copy becomes an empty text row (`<id>:T0,`), so the payload keeps
// its shape. A copy is matched only whole, escaped exactly as Next writes it, inside one script; anything else (a
// copy split across two scripts, a stylesheet that differs) is left as it was, which is what the page had anyway.
// Plain JS: the cache handler (lib/security/csp-cache-handler.mjs) applies it before hashing the inline scripts.

const INLINE_STYLE = /<style data-precedence="[^"<>]*" data-href="[^"<>]*">([\s\S]*?)<\/style>/g;

/** As Next's htmlEscapeJsonString, the form JSON strings take inside its inline <script> tags. */
const htmlEscapeJson = (s) =>
  s.replace(/[&><\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/**
 * The page with each inlined stylesheet's text rows in the payload emptied; the same string when there are none.
 * @param {string} html
 * @returns {string}
 */
export function dropFlightStylesheetCopies(html) {
  let out = html;
  for (const [, css] of html.matchAll(INLINE_STYLE)) {
    if (!css) continue;
    // A text row is `<id>:T<UTF-8 byte length in hex>,<text>`, with no terminator; the escaped text is how the row
    // appears inside the script's JSON string.
    const row = `:T${Buffer.byteLength(css, "utf8").toString(16)},${htmlEscapeJson(JSON.stringify(css).slice(1, -1))}`;
    out = out.split(row).join(":T0,");
  }
  return out;
}
