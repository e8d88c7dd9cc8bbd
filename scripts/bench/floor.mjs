// The physical floor of "first slice on screen", for bench:viewer: two static pages built from the very slice files
// the study page shows, served by a plain Node server (no framework, no database), loaded in the same browser and
// run as the study page. (1) only the slice's JPG, timed by Element Timing; (2) ~30 lines of inline script that fetch
// the slice's DICOM (explicit VR little endian, as the sample's files are) and paint it on a canvas.
import http from "node:http";

const box = "width:min(100vw,720px);height:min(100vw,720px);display:block;background:#000";

const jpgPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor: JPG</title></head>
<body style="margin:0"><img src="/slice.jpg" alt="" elementtiming="floor-jpg" style="${box};object-fit:contain"></body></html>`;

// Deliberately minimal: explicit VR LE, 16-bit unsigned monochrome, the file's first window, LINEAR VOI.
const canvasPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor: DICOM on canvas</title></head>
<body style="margin:0"><canvas id="c" style="${box}"></canvas><script>
fetch("/slice.dcm").then((r) => r.arrayBuffer()).then((buf) => {
  const v = new DataView(buf), el = {}, long = ["OB", "OW", "OF", "SQ", "UT", "UN"];
  let p = 132;
  while (p < buf.byteLength) {
    const tag = ((v.getUint16(p, true) << 16) | v.getUint16(p + 2, true)) >>> 0;
    const vr = String.fromCharCode(v.getUint8(p + 4), v.getUint8(p + 5));
    const wide = long.includes(vr), off = p + (wide ? 12 : 8);
    const len = wide ? v.getUint32(p + 8, true) : v.getUint16(p + 6, true);
    el[tag] = [off, len];
    if (tag === 0x7fe00010) break;
    p = off + len;
  }
  const us = (t) => v.getUint16(el[t][0], true);
  const ds = (t) => Number(new TextDecoder().decode(new Uint8Array(buf, el[t][0], el[t][1])).split("\\\\")[0]);
  const rows = us(0x00280010), cols = us(0x00280011), c = ds(0x00281050) - 0.5, w = ds(0x00281051) - 1;
  const px = new Uint16Array(buf.slice(el[0x7fe00010][0], el[0x7fe00010][0] + rows * cols * 2));
  const canvas = document.getElementById("c"), ctx = canvas.getContext("2d");
  canvas.width = cols;
  canvas.height = rows;
  const img = ctx.createImageData(cols, rows), out = new Uint32Array(img.data.buffer);
  for (let i = 0; i < px.length; i++) {
    const y = px[i] <= c - w / 2 ? 0 : px[i] > c + w / 2 ? 255 : Math.round(((px[i] - c) / w + 0.5) * 255);
    out[i] = 0xff000000 | (y << 16) | (y << 8) | y;
  }
  ctx.putImageData(img, 0, 0);
  performance.mark("floor:dicom-drawn");
});
</script></body></html>`;

/** Serves the two floor pages and the slice's bytes from memory; resolves to { url, close }. */
export function startFloorServer({ port, jpg, dicom }) {
  const routes = {
    "/jpg.html": ["text/html; charset=utf-8", jpgPage],
    "/canvas.html": ["text/html; charset=utf-8", canvasPage],
    "/slice.jpg": ["image/jpeg", jpg],
    "/slice.dcm": ["application/dicom", dicom],
  };
  const server = http.createServer((req, res) => {
    const route = routes[new URL(req.url ?? "/", "http://x").pathname];
    if (!route) return res.writeHead(404).end();
    const body = typeof route[1] === "string" ? Buffer.from(route[1]) : route[1];
    res
      .writeHead(200, { "content-type": route[0], "content-length": body.length, "cache-control": "no-store" })
      .end(body);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () =>
      resolve({ url: `http://localhost:${port}`, close: () => new Promise((r) => server.close(() => r())) }),
    );
  });
}

/** ms from navigation start until the floor page shows its slice: JPG by Element Timing, canvas by its mark. */
export async function floorTime(browser, url, kind) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${url}/${kind}.html`, { waitUntil: "commit" });
  const ms = await page.evaluate(
    (k) =>
      new Promise((resolve) => {
        if (k === "canvas") {
          const read = () => {
            const m = performance.getEntriesByName("floor:dicom-drawn")[0];
            return m ? resolve(m.startTime) : setTimeout(read, 5);
          };
          return read();
        }
        new PerformanceObserver((l) => {
          const e = l.getEntries().find((x) => x.identifier === "floor-jpg");
          if (e) resolve(e.renderTime || e.loadTime);
        }).observe({ type: "element", buffered: true });
      }),
    kind,
  );
  await context.close();
  return ms;
}
