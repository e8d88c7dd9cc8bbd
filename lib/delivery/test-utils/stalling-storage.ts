// A storage whose whole-file reads send their first `after` bytes and then nothing more (ranged reads and shorter
// files are served whole): a test can kill its server mid-file at a known point, however fast or slow the machine is,
// instead of racing a rate-limited client against the kill.
import { PassThrough } from "node:stream";
import type { Storage } from "../../storage";

export function stallingStorage(inner: Storage, after: number): Storage {
  if (!(after > 0)) return inner;
  return {
    ...inner,
    read: async (key, range) => {
      const source = await inner.read(key, range);
      if (range) return source;
      let sent = 0;
      const stalled = new PassThrough();
      source.on("data", (chunk: Buffer) => {
        const room = after - sent;
        if (room > 0) stalled.write(chunk.subarray(0, room));
        sent += chunk.length;
        if (sent >= after) source.destroy();
      });
      source.on("end", () => stalled.end());
      source.on("error", (e) => stalled.destroy(e));
      return stalled;
    },
  };
}
