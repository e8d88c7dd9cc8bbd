// URLs of the preview file routes, shared by pages, the viewer and tests so the paths live in one place.
const INSTANCES = "/api/preview/instances/";

export const previewUrls = {
  study: (studyId: string) => `/preview/${encodeURIComponent(studyId)}`,
  dicom: (instanceId: string) => `${INSTANCES}${encodeURIComponent(instanceId)}/dicom`,
  jpg: (instanceId: string) => `${INSTANCES}${encodeURIComponent(instanceId)}/jpg`,
  report: (studyId: string) => `/api/preview/studies/${encodeURIComponent(studyId)}/report`,
} as const;

/** True when `href` (a path, as in the page's own links) is an instance's DICOM as previewUrls.dicom names it. */
export function isPreviewDicomUrl(href: string): boolean {
  if (!href.startsWith(INSTANCES) || !href.endsWith("/dicom")) return false;
  const id = href.slice(INSTANCES.length, -"/dicom".length);
  return id.length > 0 && !id.includes("/");
}
