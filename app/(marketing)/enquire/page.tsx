import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { EnquiryForm } from "@/components/enquiry/enquiry-form";
import { getAuthSecret } from "@/lib/auth/secret";
import { getCurrentUser } from "@/lib/auth/session";
import { issueFormToken } from "@/lib/enquiries/anti-spam";
import { knownConditions } from "@/lib/enquiries/conditions";
import { parsePrefill } from "@/lib/enquiries/prefill";
import { countryOptions } from "@/lib/validations/countries";
import { env } from "@/lib/env";
import { submitEnquiryAction } from "./actions";

// Rendered per request: the anti-spam form token carries the time the form was served, and the condition list
// comes from the database (which need not exist at build time).
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Request a quote",
  description: "Ask for a quote for the lumbar spine MRI dataset: tell us your use, the conditions and the number of studies you need.",
  alternates: { canonical: "/enquire" },
};

export default async function EnquirePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [conditions, user] = await Promise.all([knownConditions(), getCurrentUser()]);
  const prefill = parsePrefill(await searchParams, conditions);
  // A signed-in customer need not type who they are again (staff trying the form get it blank).
  const me = user?.role === "CUSTOMER" ? { name: user.name ?? undefined, email: user.email, organization: user.organizationName ?? undefined } : {};
  return (
    <Container className="py-10">
      <div className="max-w-3xl">
        <PageHeader
          title="Request a quote"
          lead="Tell us what you need. Sales replies within one working day with a quote for your use and cohort."
        />
        <div className="mt-8">
          <EnquiryForm
            action={submitEnquiryAction}
            conditions={conditions}
            countries={countryOptions()}
            formToken={issueFormToken(getAuthSecret(), Date.now())}
            defaults={{
              ...Object.fromEntries(Object.entries(me).filter(([, v]) => v)),
              conditions: prefill.conditions,
              ...(prefill.studyCount ? { studyCount: String(prefill.studyCount) } : {}),
              ...(prefill.intendedUse ? { intendedUse: prefill.intendedUse } : {}),
              ...(prefill.source ? { source: prefill.source } : {}),
            }}
          />
        </div>
        <p className="mt-8 text-sm text-slate-600 dark:text-slate-400">
          Prefer email? Write to <a className="underline" href={`mailto:${env.SALES_EMAIL}`}>{env.SALES_EMAIL}</a>.
        </p>
      </div>
    </Container>
  );
}
