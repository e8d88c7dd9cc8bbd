import localFont from "next/font/local";

// Geist (the `geist` package's variable font, bundled: no font download from the network), declared here instead of
// importing `geist/font/sans` so it is not preloaded. With font-display: swap the text paints at once in the
// metric-matched fallback and the 68 kB file arrives after the first paint instead of competing with the page's first
// image and scripts for the link and the server (on a phone it used to count against the largest paint).
export const geistSans = localFont({
  src: "../node_modules/geist/dist/fonts/geist-sans/Geist-Variable.woff2",
  variable: "--font-geist-sans",
  weight: "100 900",
  display: "swap",
  preload: false,
});
