// Loads one series' slices: the slice in view first, then outwards from it, a few fetches at a time, each decoded
// by the worker. Entries stay in memory so scrolling back and forth never refetches.
import { DecodeFailure, type Decoder } from "../decode/client";
import type { DecodedSlice } from "../decode/protocol";
import type { MetadataEntry } from "../decode/metadata";

export interface SliceRef {
  /** Instance id (the worker's cache key for multi-frame files). */
  key: string;
  frame: number;
  /** Frames in the file: single-frame files are transferred to the worker and forgotten here. */
  frames: number;
  dicomUrl: string;
  jpgUrl: string | null;
}

export type SliceEntry =
  | { state: "idle" | "loading" }
  | { state: "ready"; slice: DecodedSlice }
  | { state: "failed"; error: string; metadata?: MetadataEntry[] };

/** A slice already fetched and decoded for this URL (the page's first slice, see early-slice.ts), if any. */
export type EarlySlice = (dicomUrl: string) => Promise<DecodedSlice | null> | undefined;

/** Parallel fetches: enough to keep the worker busy, few enough that the slice in view is not queued behind many. */
const CONCURRENCY = 3;

/** Indexes ordered by distance from `focus` (focus, +1, -1, +2, -2, ...). */
export function loadOrder(count: number, focus: number): number[] {
  const out: number[] = [];
  if (count <= 0) return out;
  const f = Math.min(count - 1, Math.max(0, focus));
  out.push(f);
  for (let d = 1; out.length < count; d++) {
    if (f + d < count) out.push(f + d);
    if (f - d >= 0) out.push(f - d);
  }
  return out;
}

export class SeriesLoader {
  readonly entries: SliceEntry[];
  private focusIndex = 0;
  private active = 0;
  private paused = true;
  private prefetch = false;
  private readonly abort = new AbortController();
  /** One download per file, shared by the frames of a multi-frame instance. */
  private readonly bytes = new Map<string, Promise<ArrayBuffer>>();
  private readonly sent = new Set<string>();

  constructor(
    readonly slices: readonly SliceRef[],
    private readonly decoder: Decoder,
    private readonly onChange: (index: number) => void,
    private readonly early?: EarlySlice,
  ) {
    this.entries = slices.map(() => ({ state: "idle" }));
  }

  get loadedCount(): number {
    return this.entries.filter((e) => e.state === "ready" || e.state === "failed").length;
  }

  /** Start (or resume) loading around `index`. */
  focus(index: number): void {
    this.focusIndex = index;
    this.paused = false;
    this.pump();
  }

  /** True once the rest of the series may load (see allowPrefetch). */
  get prefetching(): boolean {
    return this.prefetch;
  }

  /**
   * Until this is called only the slice in view loads: the controller calls it once that slice is on screen, so
   * the first image never shares the network, the CPU or the worker's start-up with the other slices.
   */
  allowPrefetch(): void {
    if (this.prefetch) return;
    this.prefetch = true;
    this.pump();
  }

  /** Stop starting new loads (another series is in view); finished entries are kept. */
  pause(): void {
    this.paused = true;
  }

  dispose(): void {
    this.paused = true;
    this.abort.abort();
  }

  /** While the slice in view is loading, nothing else starts: it gets the network and the CPU to itself. */
  private pump(): void {
    if (this.paused) return;
    const order = loadOrder(this.slices.length, this.focusIndex);
    for (const i of this.prefetch ? order : order.slice(0, 1)) {
      if (this.active >= CONCURRENCY || this.entries[order[0]!]?.state === "loading") return;
      if (this.entries[i]?.state !== "idle") continue;
      this.entries[i] = { state: "loading" };
      this.active++;
      void this.load(i).finally(() => {
        this.active--;
        this.pump();
      });
    }
  }

  private fetchBytes(ref: SliceRef): Promise<ArrayBuffer> {
    let p = this.bytes.get(ref.key);
    if (!p) {
      p = fetch(ref.dicomUrl, { signal: this.abort.signal }).then((r) => {
        if (!r.ok) throw new Error(`the file answered HTTP ${r.status}`);
        return r.arrayBuffer();
      });
      if (ref.frames > 1) this.bytes.set(ref.key, p);
    }
    return p;
  }

  /** Single-frame: fetch and transfer. Multi-frame: the first frame transfers the file, later ones reuse the worker's parse. */
  private async decode(ref: SliceRef): Promise<DecodedSlice> {
    const early = ref.frame === 0 ? await this.early?.(ref.dicomUrl) : null;
    if (early) return early;
    if (ref.frames <= 1) return this.decoder.decode(ref.key, ref.frame, await this.fetchBytes(ref));
    const first = !this.sent.has(ref.key);
    this.sent.add(ref.key);
    const buf = await this.fetchBytes(ref);
    if (first) return this.decoder.decode(ref.key, ref.frame, buf.slice(0));
    try {
      return await this.decoder.decode(ref.key, ref.frame);
    } catch {
      // The worker keeps only a few parsed files: send the bytes again (still held here) and retry once.
      return this.decoder.decode(ref.key, ref.frame, buf.slice(0));
    }
  }

  private async load(i: number): Promise<void> {
    const ref = this.slices[i]!;
    try {
      const slice = await this.decode(ref);
      if (!performance.getEntriesByName("viewer:first-decoded").length)
        performance.mark("viewer:first-decoded", { detail: slice.decodeMs });
      this.entries[i] = { state: "ready", slice };
    } catch (e) {
      if (this.abort.signal.aborted) return;
      const metadata = e instanceof DecodeFailure ? e.metadata : undefined;
      this.entries[i] = {
        state: "failed",
        error: e instanceof Error ? e.message : String(e),
        ...(metadata ? { metadata } : {}),
      };
    }
    this.onChange(i);
  }
}
