// Copies the DICOM codecs' WebAssembly from node_modules to public/dicom-codecs/, where the viewer's decode worker
// loads them (configureCodecs in components/viewer/decode/decode.worker.ts). Run at postinstall and before dev/build, so
// ~5 MB of binaries stay out of git and always match the installed codec versions. Idempotent and quick.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

/** Same list as WASM_FILES in lib/dicom/pixels/codecs/wasm-files.ts (a unit test keeps them equal). */
export const CODEC_WASM = [
  "@cornerstonejs/codec-libjpeg-turbo-8bit/dist/libjpegturbowasm_decode.wasm",
  "@cornerstonejs/codec-charls/dist/charlswasm_decode.wasm",
  "@cornerstonejs/codec-openjpeg/dist/openjpegwasm_decode.wasm",
  "@cornerstonejs/codec-openjph/dist/openjphjs.wasm",
  "dcmjs-codecs/build/dcmjs-native-codecs.wasm",
];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const OUT_DIR = path.join(root, "public", "dicom-codecs");

/** Absolute path of a file inside an installed package: the packages' exports maps do not expose their .wasm files. */
function locate(source) {
  const require = createRequire(path.join(root, "package.json"));
  const pkg = source
    .split("/")
    .slice(0, source.startsWith("@") ? 2 : 1)
    .join("/");
  for (const dir of require.resolve.paths(pkg) ?? []) {
    const file = path.join(dir, source);
    if (fs.existsSync(file)) return file;
  }
  throw new Error(`${source} not found: is ${pkg} installed?`);
}

export function copyCodecs({ log = console.log } = {}) {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  let copied = 0;
  for (const source of CODEC_WASM) {
    const from = locate(source);
    const to = path.join(OUT_DIR, path.basename(source));
    const a = fs.statSync(from);
    const b = fs.existsSync(to) ? fs.statSync(to) : null;
    if (b && b.size === a.size && b.mtimeMs >= a.mtimeMs) continue;
    fs.copyFileSync(from, to);
    copied++;
  }
  log(
    `dicom-codecs: ${copied ? `copied ${copied} of ${CODEC_WASM.length}` : "up to date"} (${path.relative(root, OUT_DIR)})`,
  );
  return copied;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    copyCodecs();
  } catch (e) {
    // An install without the codec packages must not fail: the viewer then shows the JPG for compressed files.
    console.warn(`dicom-codecs: not copied (${e instanceof Error ? e.message : e})`);
  }
}
