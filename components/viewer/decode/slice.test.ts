import { afterEach, describe, expect, it, vi } from "vitest";
import { buildPart10, mrDataset } from "@/lib/dicom/test-utils/build-dicom";
import { decodeInline } from "./inline";
import { decodeSlice, parseSlice } from "./slice";
import { startEarlySlice, takeEarlySlice } from "./early-slice";

const bytes = () => {
  const b = buildPart10(mrDataset());
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

describe("decodeSlice", () => {
  it("decodes a frame and describes it for the viewer", async () => {
    const r = await decodeSlice(parseSlice(bytes()), 0);
    if (!r.ok) throw new Error(r.error);
    expect(r.slice.frame.rows).toBe(4);
    expect(r.slice.values.defaultWindow).toEqual({ center: 600, width: 1200 });
    expect(r.slice.values.range).toEqual({ min: 0, max: 1500 });
    expect(r.slice.color).toBe(false);
    expect(r.slice.transferSyntax).toBe("1.2.840.10008.1.2.1");
    expect(r.slice.metadata.find((m) => m.keyword === "SeriesDescription")?.value).toBe("T2 SAG");
  });

  it("reports a frame it cannot decode with the file's metadata", async () => {
    const r = await decodeSlice(parseSlice(bytes()), 3);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.metadata?.length).toBeGreaterThan(0);
  });
});

describe("decodeInline", () => {
  it("decodes a native single-frame slice and declines other files", async () => {
    const r = await decodeInline(bytes(), 0);
    expect(r?.ok && r.slice.frame.rows).toBe(4);
    const multi = buildPart10(mrDataset({ NumberOfFrames: 2, PixelData: [new Uint16Array(32).buffer] }));
    expect(
      await decodeInline(multi.buffer.slice(multi.byteOffset, multi.byteOffset + multi.byteLength) as ArrayBuffer, 0),
    ).toBeNull();
  });
});

/** A document whose <link rel=preload as=fetch> elements have these hrefs. */
const preloads = (...hrefs: string[]) => ({ querySelectorAll: () => hrefs.map((h) => ({ getAttribute: () => h })) });
/** Another fetch preload on the page, which the early slice must pass over. */
const FONT = "/_next/static/media/font.woff2";

describe("early slice", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("fetches and decodes the preloaded slice once, for its URL only", async () => {
    const url = "/api/preview/instances/abc/dicom";
    vi.stubGlobal("window", {});
    vi.stubGlobal("document", preloads(FONT, url));
    const fetchSpy = vi.fn(async () => new Response(bytes()));
    vi.stubGlobal("fetch", fetchSpy);
    startEarlySlice();
    expect(takeEarlySlice("/api/preview/instances/other/dicom")).toBeUndefined();
    const slice = await takeEarlySlice(url);
    expect(slice?.frame.columns).toBe(4);
    expect(takeEarlySlice(url)).toBeUndefined();
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });

  it("gives null (the worker will report why) when the file does not decode", async () => {
    const url = "/api/preview/instances/bad/dicom";
    vi.stubGlobal("window", {});
    vi.stubGlobal("document", preloads(FONT, url));
    vi.stubGlobal("fetch", async () => new Response("not dicom"));
    startEarlySlice();
    expect(await takeEarlySlice(url)).toBeNull();
  });

  it("sends the bytes the page's inline script fetched to the worker, without fetching again", async () => {
    const url = "/api/preview/instances/inline/dicom";
    const fetched = bytes();
    const win: Record<string, unknown> = { __viewerEarly: { url, bytes: Promise.resolve(fetched), painted: true } };
    vi.stubGlobal("window", win);
    vi.stubGlobal("document", preloads());
    const fetchSpy = vi.fn();
    vi.stubGlobal("fetch", fetchSpy);
    // The worker's side, in process: the same decode the worker runs.
    const sent: [string, number, ArrayBuffer | undefined][] = [];
    const worker = {
      async decode(key: string, frame: number, b?: ArrayBuffer) {
        sent.push([key, frame, b]);
        const r = await decodeSlice(parseSlice(b!), frame);
        if (!r.ok) throw new Error(r.error);
        return r.slice;
      },
    };
    startEarlySlice(() => worker);
    expect(win.__viewerEarly).toBeUndefined();
    expect((await takeEarlySlice(url))?.frame.rows).toBe(4);
    expect(sent).toEqual([[url, 0, fetched]]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("gives null when the worker cannot decode the inline script's bytes", async () => {
    const url = "/api/preview/instances/inline-bad/dicom";
    vi.stubGlobal("window", { __viewerEarly: { url, bytes: Promise.resolve(bytes()), painted: true } });
    vi.stubGlobal("document", preloads());
    startEarlySlice(() => ({ decode: () => Promise.reject(new Error("no decoder")) }));
    expect(await takeEarlySlice(url)).toBeNull();
  });
});
