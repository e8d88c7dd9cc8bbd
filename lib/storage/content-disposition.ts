/** Content-Disposition for a download: an ASCII fallback name plus the RFC 5987 UTF-8 form. */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\w.-]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
