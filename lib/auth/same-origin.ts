// Whether a request was sent by a page of this site: the browser's Origin (and, where sent, Sec-Fetch-Site) say so,
// and a cross-site page cannot forge either. Used by the endpoints that must not be driven from another site.
export function isSameOrigin(headers: Headers, appUrl: string): boolean {
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return false;
  return headers.get("origin") === new URL(appUrl).origin;
}
