// JPEG extended 12-bit (1.2.840.10008.1.2.4.51) via dcmjs-codecs (DCMTK's IJG 8/12/16-bit libjpeg in WASM), loaded on first use.
import type { ImageInfo } from "../types";
import { codecOptions } from "./config";
import type { CodecDecode } from "./types";

type DcmjsCodecs = typeof import("dcmjs-codecs");
let ready: Promise<DcmjsCodecs> | undefined;

function load(): Promise<DcmjsCodecs> {
  ready ??= import("dcmjs-codecs").then(async (mod) => {
    const lib = ((mod as { default?: DcmjsCodecs }).default ?? mod) as DcmjsCodecs;
    // Without a path it reads dcmjs-native-codecs.wasm beside its script (Node) or fetches it relative to the worker (browser).
    const path = codecOptions().locateWasm?.("dcmjs-native-codecs.wasm");
    if (!lib.NativeCodecs.isInitialized())
      await lib.NativeCodecs.initializeAsync(path ? { webAssemblyModulePathOrUrl: path } : {});
    return lib;
  });
  ready.catch(() => (ready = undefined));
  return ready;
}

export const decodeJpegExtended: CodecDecode = async (encoded: Uint8Array, info: ImageInfo) => {
  const { Context, NativeCodecs } = await load();
  const context = new Context({
    width: info.columns,
    height: info.rows,
    bitsAllocated: info.bitsAllocated,
    bitsStored: info.bitsStored,
    samplesPerPixel: info.samplesPerPixel,
    pixelRepresentation: info.pixelRepresentation,
    planarConfiguration: info.planarConfiguration,
    photometricInterpretation: info.photometric,
    encodedBuffer: encoded,
  });
  const out = NativeCodecs.decodeJpeg(context, { convertColorspaceToRgb: true });
  const bytes = out.getDecodedBuffer();
  if (!bytes) throw new Error("JPEG extended decoder returned no pixels");
  const components = out.getSamplesPerPixel() ?? info.samplesPerPixel;
  return {
    bytes,
    bytesPerSample: (out.getBitsAllocated() ?? info.bitsAllocated) <= 8 ? 1 : 2,
    width: out.getWidth() ?? info.columns,
    height: out.getHeight() ?? info.rows,
    components,
    precision: out.getBitsStored() ?? info.bitsStored,
    photometric: components === 3 ? out.getPhotometricInterpretation() : undefined,
    planarConfiguration: out.getPlanarConfiguration() ?? 0,
  };
};
