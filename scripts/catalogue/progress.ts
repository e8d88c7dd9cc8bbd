// A progress bar on stderr when it is a terminal (nothing in logs or CI), shared by the catalogue CLIs.
import cliProgress from "cli-progress";

export function progressBar(label: string, unit: string) {
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        {
          format: `${label} {bar} {percentage}% | {value}/{total} ${unit} | {eta_formatted} left`,
          stream: process.stderr,
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  let started = false;
  return {
    update(done: number, total: number) {
      if (!bar) return;
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    },
    stop() {
      if (started) bar?.stop();
    },
  };
}
