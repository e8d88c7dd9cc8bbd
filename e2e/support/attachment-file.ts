// Puts a file where the app keeps enquiry attachments (app/_bind/attachment-storage.ts): DATA_DIR/attachments, or the
// bucket's attachments/ prefix when the app runs with STORAGE_DRIVER=s3 (the topology). Synchronous, like the other
// seeding helpers: the S3 put runs in a child process.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { E2E_ENV } from "./e2e-env";

const root = path.resolve(__dirname, "../..");

const PUT = `
const { S3Client, PutObjectCommand } = require("@aws-sdk/client-s3");
const e = process.env;
const s3 = new S3Client({ endpoint: e.S3_ENDPOINT, region: e.S3_REGION || "us-east-1", forcePathStyle: true,
  credentials: { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY } });
s3.send(new PutObjectCommand({ Bucket: e.S3_BUCKET, Key: e.PUT_KEY, Body: e.PUT_BODY })).catch((err) => { console.error(err); process.exit(1); });
`;

export function putAttachmentFile(key: string, body: string): void {
  if (E2E_ENV.STORAGE_DRIVER === "s3") {
    const prefix = E2E_ENV.S3_PREFIX ? `${E2E_ENV.S3_PREFIX.replace(/\/+$/, "")}/` : "";
    execFileSync(process.execPath, ["-e", PUT], {
      cwd: root,
      env: { ...process.env, ...E2E_ENV, PUT_KEY: `${prefix}attachments/${key}`, PUT_BODY: body },
    });
    return;
  }
  const file = path.join(E2E_ENV.DATA_DIR!, "attachments", key);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, body);
}
