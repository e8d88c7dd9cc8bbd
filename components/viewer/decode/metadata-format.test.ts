import { describe, expect, it } from "vitest";
import {
  describeNumberish,
  describeOrientation,
  describePosition,
  describeSpacing,
  FORMATTERS,
  round,
} from "./metadata-format";

describe("image details as people read them", () => {
  it("names the plane and the directions from the direction cosines", () => {
    expect(describeOrientation("0\\1\\0\\0\\0\\-1")).toBe("Sagittal (rows towards posterior, columns towards feet)");
    expect(describeOrientation("1\\0\\0\\0\\1\\0")).toBe("Axial (rows towards left, columns towards posterior)");
    expect(describeOrientation("1\\0\\0\\0\\0\\-1")).toBe("Coronal (rows towards left, columns towards feet)");
    expect(describeOrientation("0.7071\\0.7071\\0\\0\\0\\-1")).toMatch(/^Oblique, near (sagittal|coronal)/);
    expect(describeOrientation("garbage")).toBeNull();
  });

  it("rounds positions, spacings and long decimals", () => {
    expect(describePosition("-10.4999\\-120.0000001\\80.04")).toBe("x −10.5, y −120, z 80");
    expect(describeSpacing("0.46875\\0.46875")).toBe("0.469 × 0.469");
    expect(describeNumberish("4000.0001")).toBe("4000");
    expect(describeNumberish("400\\600")).toBe("400, 600");
    expect(round(-0.0001)).toBe("0");
  });

  it("spells out codes instead of breaking them", () => {
    expect(FORMATTERS.PhotometricInterpretation!("MONOCHROME2")).toBe("Greyscale (MONOCHROME2)");
    expect(FORMATTERS.ScanningSequence!("SE\\IR")).toBe("Spin echo, inversion recovery");
    expect(FORMATTERS.SequenceVariant!("SK\\SP")).toBe("Segmented k-space, spoiled");
  });
});
