// S3-compatible storage driver (AWS S3, or any server speaking its API with path-style addressing): keys live under
// one bucket and prefix; downloads go out as short-lived presigned GETs so the bytes never pass through the app.
import {
  GetObjectCommand,
  HeadObjectCommand,
  NotFound,
  NoSuchKey,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { Readable } from "node:stream";
import { attachment } from "./content-disposition";
import { assertSafeKey } from "./keys";
import { StorageNotFoundError, type ByteRange, type Storage } from "./types";

export interface S3Settings {
  endpoint?: string;
  region: string;
  forcePathStyle: boolean;
  accessKeyId?: string;
  secretAccessKey?: string;
}

export function createS3Client(s: S3Settings): S3Client {
  return new S3Client({
    region: s.region,
    endpoint: s.endpoint,
    forcePathStyle: s.forcePathStyle,
    // Without explicit keys the SDK's default chain applies (environment, instance role, ...).
    credentials:
      s.accessKeyId && s.secretAccessKey
        ? { accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey }
        : undefined,
    // Checksums on every request would make each PUT read the body twice and many S3-compatible servers reject them.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
}

const notFound = (e: unknown) =>
  e instanceof NotFound ||
  e instanceof NoSuchKey ||
  (e instanceof S3ServiceException && e.$metadata.httpStatusCode === 404);

export function createS3Storage(client: S3Client, bucket: string, prefix: string): Storage {
  const base = prefix.replace(/^\/+|\/+$/g, "");
  const objectKey = (key: string) => {
    assertSafeKey(key);
    return base ? `${base}/${key}` : key;
  };
  return {
    location: `s3://${bucket}${base ? `/${base}` : ""}`,
    async stat(key) {
      try {
        const h = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
        return { size: Number(h.ContentLength ?? 0), modified: h.LastModified ?? new Date(0) };
      } catch (e) {
        if (notFound(e)) return null;
        throw e;
      }
    },
    async read(key, range?: ByteRange) {
      const Range = range ? `bytes=${range.start}-${range.end ?? ""}` : undefined;
      try {
        const r = await client.send(new GetObjectCommand({ Bucket: bucket, Key: objectKey(key), Range }));
        if (!(r.Body instanceof Readable)) throw new Error(`S3 GET ${key}: the SDK returned no Node stream`);
        return r.Body;
      } catch (e) {
        if (notFound(e)) throw new StorageNotFoundError(key);
        throw e;
      }
    },
    async write(key, body, opts = {}) {
      // Upload sends one PUT for small bodies and a multipart upload (5 MiB parts, 4 at a time) for large ones:
      // memory stays bounded whatever the size. S3 replaces the object only when the upload completes.
      const upload = new Upload({
        client,
        params: {
          Bucket: bucket,
          Key: objectKey(key),
          Body: body,
          ContentType: opts.contentType,
          ContentLength: opts.size,
        },
        queueSize: 4,
        partSize: 5 * 1024 * 1024,
      });
      await upload.done();
      const info = await this.stat(key);
      if (!info) throw new Error(`S3 upload of ${key} completed but the object is not there`);
      return info;
    },
    presignGet(key, opts) {
      const cmd = new GetObjectCommand({
        Bucket: bucket,
        Key: objectKey(key),
        ResponseContentDisposition: opts.fileName ? attachment(opts.fileName) : undefined,
        ResponseContentType: opts.contentType,
      });
      return getSignedUrl(client, cmd, { expiresIn: opts.expiresIn });
    },
  };
}
