import type { Metadata } from "next";
import Link from "next/link";
import { emailFormat } from "@/lib/validations/form";
import { Notice } from "@/components/ui/notice";
import { devMailboxEnabled, mailTransportKind } from "@/lib/email";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

export default async function CheckEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ email?: string | string[] }>;
}) {
  const parsed = emailFormat()
    .max(254)
    .safeParse((await searchParams).email);
  const devMailbox = mailTransportKind() === "dev-mailbox";
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Check your email</h1>
      <p className="mt-4 text-slate-700 dark:text-slate-300" role="status">
        If the address can sign in, a sign-in link is on its way to{" "}
        {parsed.success ? <strong>{parsed.data}</strong> : "your inbox"}. It works once and expires in one hour.
      </p>
      <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">
        Nothing arrived after a few minutes? Check your spam folder, or{" "}
        <Link href="/sign-in" className="underline">
          ask for a new link
        </Link>
        .
      </p>
      {devMailbox ? (
        <div className="mt-6">
          <Notice tone="warning">
            No mail server is configured (SMTP_URL is not set): the link is printed on the server log
            {devMailboxEnabled() ? (
              <>
                {" "}
                and stored in the{" "}
                <Link href="/desk/admin/mailbox" className="font-semibold underline">
                  dev mailbox
                </Link>
                , which admins can read
              </>
            ) : null}
            .
          </Notice>
        </div>
      ) : null}
    </>
  );
}
