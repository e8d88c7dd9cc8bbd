// The study page's first slice before the framework: a cached page that holds the viewer's early-paint script
// (components/viewer/decode/early-paint.ts) gets its framework <script async> tags, and their low-priority preloads,
// replaced by one small inline loader at the end of <body>. The loader adds the same scripts once the
// early paint says the first view is on screen (`__viewerEarly.ready`), or after FALLBACK_MS whatever happens.
// Why: in the browser the bundle's download competed with the slice's JPG and DICOM for the server, and its
// evaluation (~80 ms) and hydration took the main thread just when the first frame was due (bench:viewer, issue 13).
// Plain JS: the cache handler (csp-cache-handler.mjs) applies it to the HTML before hashing its inline scripts.

/** The id of the early-paint <script> on the study page (app/(marketing)/preview/[study]/page.tsx). */
export const EARLY_PAINT_ID = "viewer-early-paint";

/** Loads the framework anyway after this long: a stalled slice download must not leave the page without its viewer. */
export const FALLBACK_MS = 2500;

// React/Next write these tags exactly so (attribute order and quoting); anything else is left alone.
const ASYNC_SCRIPT = /<script src="([^"<>]+)" async=""><\/script>/g;
const SCRIPT_PRELOAD = /<link rel="preload" as="script" fetchPriority="low" href="[^"<>]+"\/>/g;
const EARLY_PAINT = new RegExp(`<script id="${EARLY_PAINT_ID}">[\\s\\S]*?</script>`);

/**
 * Serialised into the page with Function#toString: self-contained. Appends `srcs` as async scripts (the order they
 * had as async tags did not matter either) once, when the early paint is ready or the fallback fires.
 * @param {string[]} srcs
 * @param {number} fallbackMs
 */
function loadFrameworkWhenReady(srcs, fallbackMs) {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const src of srcs) {
      const s = document.createElement("script");
      s.src = src;
      s.async = true;
      document.head.appendChild(s);
    }
  };
  const early = /** @type {{ __viewerEarly?: { ready?: Promise<void> } }} */ (/** @type {unknown} */ (window))
    .__viewerEarly;
  if (!early || !early.ready) return start();
  early.ready.then(start, start);
  setTimeout(start, fallbackMs);
}

/**
 * The page's HTML with its framework scripts deferred behind the early paint; HTML without the early-paint script
 * (every other page) or without such scripts comes back unchanged.
 * @param {string} html
 * @returns {string}
 */
export function deferFrameworkScripts(html) {
  if (!EARLY_PAINT.test(html)) return html;
  /** @type {string[]} */
  const srcs = [];
  const stripped = html
    .replace(ASYNC_SCRIPT, (_, src) => {
      srcs.push(src);
      return "";
    })
    .replace(SCRIPT_PRELOAD, "");
  if (!srcs.length) return html;
  const args = JSON.stringify(srcs).replace(/</g, "\\u003c");
  const loader = `<script>(${loadFrameworkWhenReady.toString()})(${args},${FALLBACK_MS})</script>`;
  // A direct child of <body>, after everything React rendered: React skips unknown tags there when it hydrates, while
  // one inside its tree (next to the early-paint script) fails hydration (React error #418).
  const end = stripped.lastIndexOf("</body>");
  return end < 0 ? stripped + loader : stripped.slice(0, end) + loader + stripped.slice(end);
}
