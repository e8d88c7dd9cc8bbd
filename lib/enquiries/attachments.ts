// Files sales attach to a reply: the data card or a quote as PDF, the agreement as text, a spreadsheet of a cohort.
// Checked by extension and by their first bytes (a renamed executable is not a PDF), limited in number and size,
// stored under the enquiry before the mail goes out, and recorded on the reply's timeline event.
import crypto from "node:crypto";
import { AppError } from "../errors/app-error";
import type { Storage } from "../storage";
import { ATTACHMENT_KINDS, ATTACHMENT_LIMITS } from "./attachment-rules";
import { Readable } from "node:stream";

export { ATTACHMENT_LIMITS };

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}

export interface StoredAttachment {
  key: string;
  name: string;
  size: number;
  contentType: string;
  sha256: string;
}

/** A file name safe in a storage key and a Content-Disposition header: letters, digits, ". _ -", at most 100 characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .normalize("NFKD")
    .replace(/[^\w.-]+/g, "_")
    .replace(/^[._]+/, "")
    .slice(-100);
  return cleaned || "attachment";
}

const fail = (message: string): never => {
  throw new AppError("VALIDATION", undefined, { fieldErrors: { attachments: [message] } });
};

/** The files to attach, checked; empty file inputs (a form with no file chosen sends one empty entry) are ignored. */
export function checkAttachments(files: IncomingFile[]): (IncomingFile & { contentType: string; name: string })[] {
  // A file input left empty arrives as an empty blob (named "", or even "undefined", depending on the transport):
  // zero-byte entries are never attachments.
  const chosen = files.filter((f) => f.bytes.length > 0);
  if (chosen.length > ATTACHMENT_LIMITS.files) fail(`Attach at most ${ATTACHMENT_LIMITS.files} files`);
  let total = 0;
  const out = chosen.map((f) => {
    const name = safeFileName(f.name ?? "");
    if (f.bytes.length > ATTACHMENT_LIMITS.bytesEach) fail(`${name} is larger than 10 MB`);
    total += f.bytes.length;
    const ext = name.includes(".") ? name.split(".").pop()!.toLowerCase() : "";
    const kind = ATTACHMENT_KINDS[ext];
    if (!kind) fail(`${name}: attach PDF, text, CSV, Word, Excel or image files only`);
    if (!kind!.matches(f.bytes)) fail(`${name} is not a real .${ext} file`);
    return { ...f, name, contentType: kind!.contentType };
  });
  if (total > ATTACHMENT_LIMITS.bytesTotal) fail("The attachments together are larger than 20 MB");
  return out;
}

/** Stores checked files under the enquiry; on any failure removes what it stored, so nothing is half-kept. */
export async function storeAttachments(
  storage: Storage,
  enquiryId: string,
  files: ReturnType<typeof checkAttachments>,
): Promise<StoredAttachment[]> {
  const stored: StoredAttachment[] = [];
  try {
    for (const f of files) {
      const key = `enquiries/${enquiryId}/${crypto.randomBytes(8).toString("hex")}/${f.name}`;
      await storage.write(key, Readable.from([Buffer.from(f.bytes)]));
      stored.push({
        key,
        name: f.name,
        size: f.bytes.length,
        contentType: f.contentType,
        sha256: crypto.createHash("sha256").update(f.bytes).digest("hex"),
      });
    }
    return stored;
  } catch (e) {
    await removeAttachments(storage, stored);
    throw e;
  }
}

export async function removeAttachments(storage: Storage, stored: StoredAttachment[]): Promise<void> {
  await Promise.all(stored.map((a) => storage.remove?.(a.key).catch(() => undefined)));
}

/** The attachments recorded on a timeline event's data, if any. */
export function attachmentsOf(data: string | null): StoredAttachment[] {
  try {
    const d = data ? (JSON.parse(data) as { attachments?: unknown }) : {};
    return Array.isArray(d.attachments) ? (d.attachments as StoredAttachment[]) : [];
  } catch {
    return [];
  }
}

export const formatBytes = (n: number) =>
  n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${Math.round(n / 1024)} kB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
