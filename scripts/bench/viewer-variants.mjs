// Where the study page's first frame spends its time, for `bench:viewer --decompose`: the page as the app caches it,
// and cut-down copies of that same HTML, loaded like the page itself (same browser, cold cache, interleaved). Each
// copy drops one part, so its distance to the full page is what that part costs the first slice on screen. The copies
// are served by a small proxy in front of the app, which passes every other request (the slice files, scripts) on.
// They are measurements, not pages anyone sees: the proxy drops the page's Content-Security-Policy, which names the
// hashes of the inline scripts some copies leave out.
import http from "node:http";
import { EARLY_PAINT_ID } from "../../lib/storefront/defer-scripts.mjs";

const STYLE = /<style[^>]*>[\s\S]*?<\/style>/g;
const FLIGHT = /<script>self\.__next_f\.push\([\s\S]*?<\/script>/g;
const EARLY_PAINT = new RegExp(`<script id="${EARLY_PAINT_ID}"[^>]*>[\\s\\S]*?</script>`);

/** The viewer stage's element, from its opening tag to its closing one (it holds no nested stage). */
function stageMarkup(html) {
  const at = html.indexOf('data-testid="viewer-stage"');
  if (at < 0) throw new Error("the study page has no viewer stage (data-testid=viewer-stage)");
  const start = html.lastIndexOf("<div", at);
  // Walk <div> nesting from the stage's own tag to its end.
  const tags = /<div\b|<\/div>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let m; (m = tags.exec(html));) {
    depth += m[0] === "</div>" ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  throw new Error("the viewer stage's markup is not closed");
}

/** The page with only its viewer stage (and the early-paint script) in <body>; the <head> is kept as it is. */
function stageOnly(html) {
  const body = html.indexOf("<body");
  if (body < 0) throw new Error("the study page has no <body>");
  const open = html.indexOf(">", body) + 1;
  const early = EARLY_PAINT.exec(html)?.[0] ?? "";
  return `${html.slice(0, open)}<main>${stageMarkup(html)}${early}</main></body></html>`;
}

/**
 * name -> [what it leaves out, transform of the cached HTML].
 * @type {Record<string, [string, (html: string) => string]>}
 */
export const VARIANTS = {
  full: ["nothing (the page as served)", (html) => html],
  "no-flight-data": ["React's inline payload (hydration data)", (html) => html.replace(FLIGHT, "")],
  "no-stylesheet": ["the inlined stylesheet", (html) => html.replace(STYLE, "")],
  "stage-only": ["everything in <body> but the viewer stage", stageOnly],
  "stage-only-no-stylesheet": ["the stylesheet and all but the stage", (html) => stageOnly(html).replace(STYLE, "")],
};

/**
 * Serves `/variant/<name>` as that copy of the page at `pageUrl` (fetched fresh each time, as the app caches it) and
 * proxies every other path to the app. Resolves to { url(name), close }.
 */
export function startVariantServer({ port, pageUrl }) {
  const app = new URL(pageUrl).origin;
  const server = http.createServer(async (req, res) => {
    try {
      const name = /^\/variant\/([\w-]+)$/.exec(req.url ?? "")?.[1];
      if (name) {
        const variant = VARIANTS[name];
        if (!variant) return res.writeHead(404).end();
        const html = variant[1](await (await fetch(pageUrl)).text());
        return res
          .writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" })
          .end(html);
      }
      const upstream = await fetch(app + req.url, { headers: { accept: req.headers.accept ?? "*/*" } });
      const headers = {};
      upstream.headers.forEach((v, k) => {
        // fetch() has already decoded the body and knows its length.
        if (!/^(content-encoding|content-length|transfer-encoding|connection)$/.test(k)) headers[k] = v;
      });
      res.writeHead(upstream.status, headers).end(Buffer.from(await upstream.arrayBuffer()));
    } catch (e) {
      res.writeHead(502).end(String(e));
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () =>
      resolve({
        url: (name) => `http://localhost:${port}/variant/${name}`,
        close: () => new Promise((r) => server.close(() => r())),
      }),
    );
  });
}
