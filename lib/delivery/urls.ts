// URLs of the delivery routes, shared by pages, manifests and tests.
const e = encodeURIComponent;

export const deliveryUrls = {
  sampleArchive: (studyId: string) => `/api/preview/studies/${e(studyId)}/archive`,
  /** A study under a licence, for a signed-in user or an API token (Authorization: Bearer). */
  download: (licenceId: string, uid: string) => `/api/delivery/licences/${e(licenceId)}/studies/${e(uid)}.zip`,
  /** The same with the download token in the path, so curl -O and wget -i name the file <uid>.zip. */
  tokenDownload: (licenceId: string, token: string, uid: string) =>
    `/api/delivery/licences/${e(licenceId)}/t/${e(token)}/${e(uid)}.zip`,
  manifest: (licenceId: string, format: string, extra: Record<string, string> = {}) =>
    `/api/delivery/licences/${e(licenceId)}/manifest?${new URLSearchParams({ format, ...extra })}`,
} as const;
