// The public sample study as a delivery archive, through the real route on `next start`: the link, size, SHA-256 and
// terms on the study page; the bytes hash to what the page says; ranges resume; each request is recorded; an
// unpublished sample's archive is not served.
import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { E2E_ENV } from "./support/e2e-env";
import { db, ensureSample, setPublished, type SampleStudy } from "./viewer-fixtures";

let sample: SampleStudy;
test.beforeAll(() => {
  test.setTimeout(240_000);
  sample = ensureSample();
});

const events = (studyId: string) =>
  db()
    .prepare(`SELECT status, range, bytesSent, complete FROM "DownloadEvent" WHERE studyId = ? ORDER BY startedAt`)
    .all(studyId) as {
    status: number;
    range: string | null;
    bytesSent: number;
    complete: number;
  }[];

test("the sample study page links its archive with size, SHA-256 and terms, and the download matches", async ({
  page,
  request,
}) => {
  await page.goto(`/preview/${sample.id}`);
  const link = page.getByRole("link", { name: /Download ZIP/ });
  await expect(link).toBeVisible();
  await page.getByText("Terms of the sample").click();
  await expect(page.getByText(/provided free of charge to evaluate the dataset/)).toBeVisible();
  const sha = (await page.getByTestId("sample-archive-sha256").textContent())!.trim();
  expect(sha).toMatch(/^[0-9a-f]{64}$/);
  const href = (await link.getAttribute("href"))!;

  const before = events(sample.id).length;
  if (E2E_ENV.STORAGE_DRIVER === "s3") {
    // Archives in object storage (the topology): the route answers 302 to a short-lived presigned URL, records that,
    // and the bytes - and their ranges - come from the bucket.
    const redirect = await request.get(href, { maxRedirects: 0 });
    expect(redirect.status()).toBe(302);
    const location = redirect.headers()["location"]!;
    expect(location.startsWith(`${E2E_ENV.S3_ENDPOINT}/`)).toBe(true);
    const body = await (await request.get(location)).body();
    expect(createHash("sha256").update(body).digest("hex")).toBe(sha);
    const tail = await request.get(location, { headers: { Range: `bytes=${body.length - 100}-` } });
    expect(tail.status()).toBe(206);
    expect(Buffer.compare(await tail.body(), body.subarray(body.length - 100))).toBe(0);
    await expect.poll(() => events(sample.id).length - before).toBe(1);
    expect(
      events(sample.id)
        .slice(before)
        .map((r) => [r.status, r.range, Number(r.bytesSent), r.complete]),
    ).toEqual([[302, null, 0, 1]]);
    return;
  }
  const full = await request.get(href);
  expect(full.status()).toBe(200);
  expect(full.headers()["content-type"]).toBe("application/zip");
  expect(full.headers()["accept-ranges"]).toBe("bytes");
  expect(full.headers()["etag"]).toBe(`"sha256-${sha}"`);
  expect(full.headers()["content-disposition"]).toMatch(/^attachment; filename=".*\.zip"/);
  const body = await full.body();
  expect(Number(full.headers()["content-length"])).toBe(body.length);
  expect(createHash("sha256").update(body).digest("hex")).toBe(sha);

  const tail = await request.get(href, {
    headers: { Range: `bytes=${body.length - 100}-`, "If-Range": `"sha256-${sha}"` },
  });
  expect(tail.status()).toBe(206);
  expect(tail.headers()["content-range"]).toBe(`bytes ${body.length - 100}-${body.length - 1}/${body.length}`);
  expect(Buffer.compare(await tail.body(), body.subarray(body.length - 100))).toBe(0);
  expect((await request.get(href, { headers: { Range: `bytes=${body.length}-` } })).status()).toBe(416);

  await expect.poll(() => events(sample.id).length - before).toBe(3);
  const rows = events(sample.id).slice(before);
  expect(rows.map((r) => [r.status, r.range, Number(r.bytesSent), r.complete])).toEqual([
    [200, null, body.length, 1],
    [206, `bytes=${body.length - 100}-`, 100, 1],
    [416, `bytes=${body.length}-`, 0, 1],
  ]);
});

test("an unpublished sample's archive is not served", async ({ request }) => {
  const href = `/api/preview/studies/${sample.id}/archive`;
  setPublished(sample.id, false);
  try {
    expect((await request.get(href)).status()).toBe(404);
  } finally {
    setPublished(sample.id, true);
  }
  expect((await request.head(href)).status()).toBe(200);
  expect((await request.get("/api/preview/studies/..%2F..%2Fetc/archive")).status()).toBe(404);
});
