import { ImageResponse } from "next/og";
import { site } from "@/lib/site/config";

export const alt = site.title;
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

// Rendered at build time with the font bundled in next/og, so it needs no network.
export default function OpenGraphImage() {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "center",
        padding: 80,
        background: "linear-gradient(135deg, #0a6657 0%, #020617 100%)",
        color: "white",
      }}
    >
      <div style={{ fontSize: 32, opacity: 0.85 }}>Medical imaging dataset</div>
      <div style={{ fontSize: 72, fontWeight: 700, marginTop: 16 }}>Lumbar Spine MRI Scans</div>
      <div style={{ fontSize: 44, marginTop: 12 }}>2.4 million studies · DICOM + JPG · reports</div>
    </div>,
    size,
  );
}
