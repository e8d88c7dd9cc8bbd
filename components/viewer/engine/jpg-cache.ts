// The vendor's JPG renderings, decoded once each: shown instantly while a slice's DICOM loads, and instead of it
// when the DICOM cannot be decoded.
export class JpgCache {
  private readonly images = new Map<string, HTMLImageElement | "loading" | "failed">();

  constructor(private readonly onLoad: () => void) {}

  /** The decoded image, or null while loading / after a failure / before anyone asked for it. */
  get(url: string): HTMLImageElement | null {
    const v = this.images.get(url);
    return typeof v === "object" ? v : null;
  }

  /** Starts loading `url` (once); returns the image if it is already decoded. */
  load(url: string): HTMLImageElement | null {
    const v = this.images.get(url);
    if (v !== undefined) return typeof v === "object" ? v : null;
    this.images.set(url, "loading");
    const img = new Image();
    img.src = url;
    img.decode().then(
      () => {
        this.images.set(url, img);
        this.onLoad();
      },
      () => this.images.set(url, "failed"),
    );
    return null;
  }
}
