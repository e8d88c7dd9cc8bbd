// Next.js calls register() once when a server starts. Node only: warm the cohort count engine's index in the
// background, so the first visitor to /cohort does not wait seconds for a 2.4 M-study catalogue to load.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}
