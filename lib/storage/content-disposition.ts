/** RFC 8187 ext-value: encodeURIComponent leaves ' ( ) * bare, which are not attr-chars (a ' ends the charset part). */
const rfc5987 = (s: string) =>
  encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Content-Disposition for a download: an ASCII fallback name plus the RFC 5987 UTF-8 form. */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\w.-]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(fileName)}`;
}
