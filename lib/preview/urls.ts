// URLs of the preview file routes, shared by pages, the viewer and tests so the paths live in one place.
export const previewUrls = {
  study: (studyId: string) => `/preview/${encodeURIComponent(studyId)}`,
  dicom: (instanceId: string) => `/api/preview/instances/${encodeURIComponent(instanceId)}/dicom`,
  jpg: (instanceId: string) => `/api/preview/instances/${encodeURIComponent(instanceId)}/jpg`,
  report: (studyId: string) => `/api/preview/studies/${encodeURIComponent(studyId)}/report`,
} as const;
