// URLs of the delivery routes, shared by pages and tests.
export const deliveryUrls = {
  sampleArchive: (studyId: string) => `/api/preview/studies/${encodeURIComponent(studyId)}/archive`,
} as const;
