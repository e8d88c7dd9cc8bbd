// The study page's first slice before the framework: a cached page that holds the viewer's early-paint script
// (components/viewer/decode/early-paint.ts) gets its framework <script async> tags, and their low-priority preloads,
// replaced by one small inline loader at the end of <head>, which adds the same scripts:
// - on a wide screen once the early paint says the first slice is on screen (`__viewerEarly.ready`), or after
//   FALLBACK_MS whatever happens. There the bundle's download competed with the slice's JPG and DICOM for the server,
//   and its evaluation (~80 ms) and hydration took the main thread just when the first frame was due (bench:viewer).
// - on a phone (NARROW_SCREEN) at once, with a low-priority preload each, as Next's own were. Deferred there too,
//   the first paint came earlier but the whole bundle's evaluation fell after it, where Lighthouse's mobile run counts
//   it as blocking time (study page mobile 88 -> 85-86, TBT 400 -> 470-590 ms, measured the same hour), and a phone's
//   first view is the JPG, which the early paint does not delay there.
// Plain JS: the cache handler (csp-cache-handler.mjs) applies it to the HTML before hashing its inline scripts.

/** The id of the early-paint <script> on the study page (app/(marketing)/preview/[study]/page.tsx). */
export const EARLY_PAINT_ID = "viewer-early-paint";

/** Screens that load the framework at once: those below WIDE_SCREEN of early-paint.ts (a test keeps them in step). */
export const NARROW_SCREEN = "(max-width: 639.98px)";

/**
 * Loads the framework anyway after this long: a slice download that neither arrives nor fails must not leave the page
 * without its viewer (a failed one settles `ready` at once). Not shorter: on a busy 2-core machine the first paint
 * was seen up to ~2.3 s after navigation, and the framework must not overtake it there either.
 */
export const FALLBACK_MS = 8000;

// React/Next write these tags exactly so (attribute order and quoting); anything else is left alone.
const ASYNC_SCRIPT = /<script src="([^"<>]+)" async=""><\/script>/g;
const SCRIPT_PRELOAD = /<link rel="preload" as="script" fetchPriority="low" href="[^"<>]+"\/>/g;
const EARLY_PAINT = new RegExp(`<script id="${EARLY_PAINT_ID}">[\\s\\S]*?</script>`);

/**
 * Serialised into the page with Function#toString: self-contained. Appends `srcs` as async scripts (the order they
 * had as async tags did not matter either) once: at once on a narrow screen; elsewhere when the early paint, which
 * runs later in the document, is ready, or when the fallback fires.
 * @param {string[]} srcs
 * @param {number} fallbackMs
 * @param {string} narrow
 */
function loadFrameworkWhenReady(srcs, fallbackMs, narrow) {
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
  if (matchMedia(narrow).matches) return start();
  const afterParse = () => {
    const early = /** @type {{ __viewerEarly?: { ready?: Promise<void> } }} */ (/** @type {unknown} */ (window))
      .__viewerEarly;
    if (!early || !early.ready) return start();
    early.ready.then(start, start);
    setTimeout(start, fallbackMs);
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", afterParse);
  else afterParse();
}

/**
 * The scripts a page's loader adds (none for a page without one): what the page loads, for bench:pages' JS count.
 * @param {string} html
 * @returns {string[]}
 */
export function deferredScriptSrcs(html) {
  const args = new RegExp(`\\(function ${loadFrameworkWhenReady.name}\\b[\\s\\S]*?\\}\\)\\((\\[[^\\]]*\\]),`).exec(
    html,
  );
  return args ? JSON.parse(args[1]) : [];
}

/**
 * The page's HTML with its framework scripts behind the loader; HTML without the early-paint script (every other
 * page) or without such scripts comes back unchanged.
 * @param {string} html
 * @returns {string}
 */
export function deferFrameworkScripts(html) {
  const head = html.indexOf("</head>");
  if (head < 0 || !EARLY_PAINT.test(html)) return html;
  /** @type {string[]} */
  const srcs = [];
  const strip = (/** @type {string} */ part) =>
    part
      .replace(ASYNC_SCRIPT, (_, src) => {
        srcs.push(src);
        return "";
      })
      .replace(SCRIPT_PRELOAD, "");
  const before = strip(html.slice(0, head));
  const after = strip(html.slice(head));
  if (!srcs.length) return html;
  const args = [JSON.stringify(srcs), String(FALLBACK_MS), JSON.stringify(NARROW_SCREEN)].join(",");
  // In <head>, where React's hydration skips tags it did not render (one inside its tree, say next to the early-paint
  // script, fails hydration: React error #418), and early enough for a phone's download to start with the page's.
  const loader = `<script>(${loadFrameworkWhenReady.toString()})(${args.replace(/</g, "\\u003c")})</script>`;
  // Preloads for phones, low priority as Next's own: at high priority (tried) they finish before the first paint on
  // a fast link, and Lighthouse's mobile simulation then replays them as render-blocking before its first paint
  // (study page FCP 2.2 s -> 0.87 s, mobile score 95 -> 97 with low, same hour). The first JPG keeps the link.
  const preloads = srcs
    .map((src) => `<link rel="preload" as="script" fetchPriority="low" href="${src}" media="${NARROW_SCREEN}"/>`)
    .join("");
  return before + preloads + loader + after;
}
