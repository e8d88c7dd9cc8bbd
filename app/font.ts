import localFont from "next/font/local";

// Geist (the `geist` package's variable font, bundled: no font download from the network), declared here instead of
// importing `geist/font/sans`, which preloads it with font-display: swap. Measured on the study page (Lighthouse
// mobile): the preloaded 68 kB file counted against the largest paint (LCP 2.9 s); not preloaded but swapped in, it
// reflowed text after the first paint (CLS 0.1-0.19 on /, /statistics and /preview). With `optional` and no preload
// the first view paints in the metric-matched fallback and never shifts; the font, fetched meanwhile, is used from the
// cache on the following pages.
export const geistSans = localFont({
  src: "../node_modules/geist/dist/fonts/geist-sans/Geist-Variable.woff2",
  variable: "--font-geist-sans",
  weight: "100 900",
  display: "optional",
  preload: false,
});
