// The study page's first DICOM pixels without waiting for the framework: the page inlines these two functions as one
// small <script> after the viewer's markup, so on a hard load the first slice is fetched (from the <head> preload),
// decoded and painted on the server-rendered canvas before React's bundle has even run. The viewer then takes the
// same bytes (window.__viewerEarly) for its full decode, and keeps the painted canvas until its own draw.
// Both functions are serialised with Function#toString: each must stay self-contained (no imports, no outer names).
// Only the common case is handled here - native little-endian, one frame, 8/16-bit greyscale, LINEAR window; any
// other file returns null and is left to the viewer's decoders. The result matches the viewer's own rendering
// (early-paint.test.ts beside it compares them pixel for pixel).

export interface EarlyImage {
  rows: number;
  cols: number;
  rgba: Uint8ClampedArray;
}

/** What the inline script leaves for the viewer. */
export interface EarlyHandoff {
  url: string;
  bytes: Promise<ArrayBuffer | null>;
  /** True once the canvas shows the decoded slice. */
  painted: boolean;
  /**
   * Settles once the slice is painted or could not be. On a wide screen the framework's scripts wait for it, so that
   * the first view has the main thread to itself (lib/storefront/defer-scripts.mjs).
   */
  ready: Promise<void>;
}

export function earlyDecode(buf: ArrayBuffer): EarlyImage | null {
  const v = new DataView(buf);
  if (buf.byteLength < 144 || v.getUint32(128) !== 0x4449434d) return null; // "DICM"
  const el: Record<number, [number, number]> = {};
  let explicit = true;
  const LONG = /^(OB|OW|OF|OD|OL|OV|SQ|SV|UC|UN|UR|UT|UV)$/;
  // Walks elements (or items) from p to a delimiter or `end`; keeps top-level ones; -1 once at the Pixel Data.
  const walk = (p: number, end: number, depth: number): number => {
    while (p + 8 <= end) {
      const g = v.getUint16(p, true);
      const tag = ((g << 16) | v.getUint16(p + 2, true)) >>> 0;
      let off = p + 8;
      let len = v.getUint32(p + 4, true);
      if (g !== 0xfffe && (explicit || g === 2)) {
        const vr = String.fromCharCode(v.getUint8(p + 4), v.getUint8(p + 5));
        if (LONG.test(vr)) {
          off = p + 12;
          len = v.getUint32(p + 8, true);
        } else len = v.getUint16(p + 6, true);
      }
      if (tag === 0xfffee00d || tag === 0xfffee0dd) return off;
      if (depth === 0) el[tag] = [off, len];
      if (depth === 0 && tag === 0x7fe00010) return -1;
      if (tag === 0x00020010) explicit = readStr(off, len) !== "1.2.840.10008.1.2";
      if (len === 0xffffffff) {
        p = walk(off, end, depth + 1);
        if (p < 0) return p;
      } else p = off + len;
    }
    return p;
  };
  const readStr = (off: number, len: number) => {
    let s = "";
    for (let i = 0; i < len && off + i < buf.byteLength; i++) s += String.fromCharCode(v.getUint8(off + i));
    return s.replace(/[\0 ]+$/, "").trim();
  };
  const str = (t: number) => (el[t] ? readStr(el[t][0], el[t][1]) : undefined);
  const num = (t: number) => {
    const s = str(t);
    return s === undefined || s === "" ? NaN : Number(s.split("\\")[0]);
  };
  const us = (t: number, d: number) => (el[t] && el[t][1] >= 2 ? v.getUint16(el[t][0], true) : d);
  if (walk(132, buf.byteLength, 0) !== -1) return null;
  const ts = str(0x00020010);
  const photometric = str(0x00280004);
  const frames = num(0x00280008);
  const rows = us(0x00280010, 0);
  const cols = us(0x00280011, 0);
  const bits = us(0x00280100, 0);
  const signed = us(0x00280103, 0) === 1;
  const pixels = el[0x7fe00010]!;
  if (ts !== "1.2.840.10008.1.2" && ts !== "1.2.840.10008.1.2.1") return null;
  if (photometric !== "MONOCHROME2" && photometric !== "MONOCHROME1") return null;
  if (us(0x00280002, 1) !== 1 || frames > 1 || (bits !== 8 && bits !== 16) || !rows || !cols) return null;
  // Modality/VOI LUT tables, functional groups and non-linear VOI functions are the viewer's job.
  if (el[0x00283000] || el[0x00283010] || el[0x52009229] || el[0x52009230]) return null;
  const fn = str(0x00281056);
  if (fn !== undefined && fn.toUpperCase() !== "LINEAR") return null;
  const n = rows * cols;
  const size = bits / 8;
  if (pixels[1] === 0xffffffff || pixels[1] < n * size || pixels[0] + n * size > buf.byteLength) return null;
  const stored = us(0x00280101, bits);
  const high = us(0x00280102, stored - 1);
  const shift = Math.max(0, (high < bits ? high : stored - 1) + 1 - stored);
  const mask = stored > 0 && stored < bits ? (1 << stored) - 1 : -1;
  // Stored values as integers. Aligned, unmasked data is read through a typed-array view (DICOM and every browser's
  // host are little-endian); otherwise element by element. This runs once, before the JIT has warmed up: few
  // operations per pixel matter more here than anywhere else in the viewer.
  let px: Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array;
  if (mask === -1 && (size === 1 || pixels[0] % 2 === 0)) {
    const at = pixels[0];
    px =
      size === 2
        ? signed
          ? new Int16Array(buf, at, n)
          : new Uint16Array(buf, at, n)
        : signed
          ? new Int8Array(buf, at, n)
          : new Uint8Array(buf, at, n);
  } else {
    px = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const at = pixels[0] + i * size;
      let s =
        size === 2 ? (signed ? v.getInt16(at, true) : v.getUint16(at, true)) : signed ? v.getInt8(at) : v.getUint8(at);
      if (mask !== -1) s = signed ? (((s >> shift) & mask) << (32 - stored)) >> (32 - stored) : (s >>> shift) & mask;
      px[i] = s;
    }
  }
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const s = px[i]!;
    if (s < min) min = s;
    if (s > max) max = s;
  }
  const slope0 = num(0x00281053);
  const slope = Number.isFinite(slope0) && slope0 !== 0 ? slope0 : 1;
  const icpt0 = num(0x00281052);
  const intercept = Number.isFinite(icpt0) ? icpt0 : 0;
  let c = num(0x00281050);
  let w = num(0x00281051);
  if (!(Number.isFinite(c) && Number.isFinite(w) && w > 0)) {
    // As the viewer: a 1%..99% percentile window over an evenly strided sample, in modality units.
    const integer = Number.isInteger(slope) && Number.isInteger(intercept);
    const stride = Math.max(1, Math.ceil(n / 65536));
    const sample: number[] = [];
    for (let i = 0; i < n; i += stride) sample.push(px[i]!);
    const sorted = Float64Array.from(sample).sort();
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))]!;
    let a = at(0.01) * slope + intercept;
    let b = at(0.99) * slope + intercept;
    if (a === b) {
      a = min * slope + intercept;
      b = max * slope + intercept;
    }
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    if (integer) {
      w = Math.max(1, Math.round(hi - lo) + 1);
      c = lo + w / 2;
    } else {
      w = Math.max(hi - lo, Number.EPSILON);
      c = (lo + hi) / 2;
    }
  }
  const invert = photometric === "MONOCHROME1";
  // One grey level per stored value (at most 65536 of them), then one table read per pixel.
  const lut = new Uint32Array(max - min + 1);
  for (let s = min; s <= max; s++) {
    const x = s * slope + intercept;
    let y: number;
    if (w > 1)
      y =
        x <= c - 0.5 - (w - 1) / 2
          ? 0
          : x > c - 0.5 + (w - 1) / 2
            ? 255
            : Math.round((x - (c - 0.5)) * (255 / (w - 1)) + 127.5);
    else y = x <= c - w / 2 ? 0 : x > c + w / 2 ? 255 : Math.round(((x - c) / w + 0.5) * 255);
    if (invert) y = 255 - y;
    lut[s - min] = 0xff000000 | (y << 16) | (y << 8) | y; // RGBA bytes on a little-endian host
  }
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = lut[px[i]! - min]!;
  const rgba = new Uint8ClampedArray(out.buffer);
  return { rows, cols, rgba };
}

/** Where the page preloads the first DICOM with the HTML; narrower screens fetch it once the first JPG is shown. */
export const WIDE_SCREEN = "(min-width: 640px)";

/**
 * Fetches `url`, leaves the bytes in window.__viewerEarly, and paints the decoded slice on the stage's canvas. On a
 * narrow screen (`wide` does not match) the fetch waits until the slice's JPG is on screen: the 300 kB file would
 * otherwise share a phone's link with the JPG, and a download that ends before the page's largest paint counts
 * against that paint in Lighthouse's simulated mobile load (measured: 2.3-4.0 s LCP depending on which came first).
 */
export function earlyPaint(url: string, decode: (buf: ArrayBuffer) => EarlyImage | null, wide: string): void {
  const w = window as unknown as { __viewerEarly?: EarlyHandoff };
  const jpg = document.querySelector<HTMLImageElement>("[data-testid=viewer-stage] img");
  const jpgShown = new Promise<void>((resolve) => {
    if (matchMedia(wide).matches || !jpg) return resolve();
    // Loaded is not yet shown: start after the frame that paints it.
    const painted = () => requestAnimationFrame(() => setTimeout(resolve, 0));
    if (jpg.complete) return painted();
    jpg.addEventListener("load", painted);
    jpg.addEventListener("error", () => resolve());
  });
  const bytes = jpgShown
    .then(() => fetch(url))
    .then(
      (r) => (r.ok ? r.arrayBuffer() : null),
      () => null,
    );
  const decodeHere = (buf: ArrayBuffer): EarlyImage | null => {
    try {
      return decode(buf);
    } catch {
      return null;
    }
  };
  // The decode runs in a worker of its own, started now so that it is up when the bytes arrive: on the main thread
  // its ~25 ms of cold code ran while the first frame (the JPG) was due. A copy of the bytes goes, as the viewer
  // takes the originals. Where no worker can start, the decode runs here.
  let worker: Worker | null = null;
  try {
    const body = `onmessage=(e)=>{let r=null;try{r=(${decode.toString()})(e.data)}catch(x){}postMessage(r,r?[r.rgba.buffer]:[])}`;
    worker = new Worker(URL.createObjectURL(new Blob([body], { type: "text/javascript" })));
  } catch {
    worker = null;
  }
  const decoded = (buf: ArrayBuffer | null): Promise<EarlyImage | null> => {
    if (!buf) return Promise.resolve(null);
    const off = worker;
    if (!off) return Promise.resolve(decodeHere(buf));
    return new Promise<EarlyImage | null>((resolve) => {
      off.onmessage = (e: MessageEvent<EarlyImage | null>) => resolve(e.data);
      off.onerror = () => resolve(decodeHere(buf));
      off.postMessage(buf.slice(0));
    }).finally(() => off.terminate());
  };
  const painting = bytes.then(async (buf) => {
    if (!buf && worker) worker.terminate();
    const img = await decoded(buf);
    const stage = document.querySelector<HTMLElement>("[data-testid=viewer-stage]");
    const canvas = stage && stage.querySelector("canvas");
    // Once the viewer runs, the canvas is its own.
    if (!buf || !stage || !canvas || canvas.dataset.viewer === "attached") return;
    const bw = stage.clientWidth;
    const bh = stage.clientHeight;
    if (!img || !bw || !bh) return;
    // The same backing-store size and fit as the viewer's renderer, so it takes over without clearing the canvas.
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.max(1, Math.round(bw * dpr));
    canvas.height = Math.max(1, Math.round(bh * dpr));
    const src = document.createElement("canvas");
    src.width = img.cols;
    src.height = img.rows;
    src
      .getContext("2d")!
      .putImageData(new ImageData(img.rgba as Uint8ClampedArray<ArrayBuffer>, img.cols, img.rows), 0, 0);
    const ctx = canvas.getContext("2d", { alpha: false })!;
    ctx.fillStyle = "#000";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    const scale = Math.min(bw / img.cols, bh / img.rows);
    ctx.imageSmoothingEnabled = scale < 3;
    ctx.imageSmoothingQuality = "high";
    ctx.setTransform(
      scale * dpr,
      0,
      0,
      scale * dpr,
      (bw / 2 - (img.cols * scale) / 2) * dpr,
      (bh / 2 - (img.rows * scale) / 2) * dpr,
    );
    ctx.drawImage(src, 0, 0);
    canvas.classList.remove("invisible");
    canvas.dataset.early = "painted";
    handoff.painted = true;
    performance.mark("viewer:first-slice", { detail: "dicom" });
    performance.mark("viewer:first-dicom-slice", { detail: "early" });
  });
  const handoff: EarlyHandoff = {
    url,
    bytes,
    painted: false,
    ready: painting.then(
      () => undefined,
      () => undefined,
    ),
  };
  w.__viewerEarly = handoff;
}

/** The inline script for the study page: `url` is the first slice's DICOM (the one the <head> preloads). */
export function earlyPaintScript(url: string): string {
  const arg = (v: string) => JSON.stringify(v).replace(/</g, "\\u003c");
  return `(${earlyPaint.toString()})(${arg(url)},${earlyDecode.toString()},${arg(WIDE_SCREEN)});`;
}
