import { attachmentsOf, formatBytes } from "@/lib/enquiries/attachments";

/** The files attached to a reply event, as download links (the route checks who may fetch them). */
export function AttachmentLinks({ eventId, data }: { eventId: string; data: string | null }) {
  const files = attachmentsOf(data);
  if (!files.length) return null;
  return (
    <ul className="mt-2 space-y-1 text-sm" aria-label="Attachments">
      {files.map((f, i) => (
        <li key={f.key} className="min-w-0 wrap-anywhere">
          <a href={`/api/enquiry-attachments/${eventId}/${i}`} className="font-medium underline" download>
            {f.name}
          </a>{" "}
          <span className="text-slate-600 dark:text-slate-400">({formatBytes(f.size)})</span>
        </li>
      ))}
    </ul>
  );
}
