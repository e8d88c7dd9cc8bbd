import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Container } from "@/components/ui/container";
import { Notice } from "@/components/ui/notice";
import { formatDateTime } from "@/components/desk/format";
import { requirePageRole } from "@/lib/auth/guards";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { devMailboxEnabled, mailTransportKind } from "@/lib/email";
import { listMail } from "@/lib/email/mailbox";

export const metadata: Metadata = { title: "Dev mailbox", robots: { index: false } };

// Mail the dev-mailbox transport stored instead of sending. Development and demo mode only: it holds sign-in links.
export default async function MailboxPage({ searchParams }: { searchParams: Promise<{ to?: string | string[] }> }) {
  await requirePageRole(ADMIN_ONLY, "/desk/admin/mailbox");
  if (!devMailboxEnabled()) notFound();
  const to = (await searchParams).to;
  const filter = typeof to === "string" && to.length <= 254 ? to.trim().toLowerCase() : undefined;
  const messages = await listMail(db, filter);
  return (
    <Container className="space-y-6 py-8">
      <h1 className="text-2xl font-bold tracking-tight">Dev mailbox</h1>
      {mailTransportKind() === "smtp" ? (
        <Notice tone="info">
          SMTP_URL is set, so new mail goes to the SMTP server; this shows what was stored before.
        </Notice>
      ) : (
        <Notice tone="warning">
          No mail server is configured: the app keeps its mail here (and prints links on the server log). Set SMTP_URL
          to send real mail.
        </Notice>
      )}
      <form method="get" role="search" aria-label="Filter mail" className="flex flex-wrap items-end gap-2">
        <div className="grow">
          <label htmlFor="mb-to" className="block text-sm font-medium">
            Recipient
          </label>
          <input
            id="mb-to"
            name="to"
            type="search"
            defaultValue={filter ?? ""}
            className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 px-3 dark:border-slate-700 dark:bg-slate-900"
          />
        </div>
        <button
          type="submit"
          className="min-h-11 rounded-md border border-slate-300 px-4 text-sm font-semibold dark:border-slate-700"
        >
          Filter
        </button>
      </form>
      {messages.length === 0 ? <p className="text-slate-600 dark:text-slate-400">No mail.</p> : null}
      <ul className="space-y-3">
        {messages.map((m) => (
          <li key={m.id} className="rounded-lg border border-slate-200 dark:border-slate-800">
            <details>
              <summary className="cursor-pointer p-4">
                <span className="font-semibold wrap-anywhere">{m.subject}</span>
                <span className="block text-sm text-slate-600 dark:text-slate-400">
                  To <span className="break-all">{m.to}</span> - {formatDateTime(m.createdAt)}
                </span>
              </summary>
              <pre className="whitespace-pre-wrap wrap-anywhere border-t border-slate-200 p-4 font-mono text-sm dark:border-slate-800">
                {linkify(m.text)}
              </pre>
            </details>
          </li>
        ))}
      </ul>
    </Container>
  );
}

/** Mail text with its URLs as links (so a sign-in link can be followed from here). */
function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, i) =>
    /^https?:\/\//.test(part) ? (
      <a key={i} href={part} className="underline">
        {part}
      </a>
    ) : (
      part
    ),
  );
}
