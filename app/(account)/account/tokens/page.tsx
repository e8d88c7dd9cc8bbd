import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { FieldsForm } from "@/components/licensing/fields-form";
import { TokenTable } from "@/components/delivery/token-table";
import { requirePageRole } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { listTokens } from "@/lib/delivery/tokens";
import { createApiTokenAction } from "../delivery-actions";

export const metadata: Metadata = { title: "API tokens", robots: { index: false } };

export default async function TokensPage() {
  const user = await requirePageRole(["CUSTOMER"], "/account/tokens");
  const tokens = user.organizationId
    ? await listTokens(db, { organizationId: user.organizationId, kind: "API", userId: user.id })
    : [];
  return (
    <Container className="space-y-6 py-10">
      <PageHeader title="API tokens">
        <p className="mt-3 text-sm">
          A personal API token downloads from every active licence of your organisation, for scripts:
          <code className="ml-1 font-mono text-xs">
            curl -H &quot;Authorization: Bearer pat_...&quot; -o manifest.txt
            &quot;https://.../api/delivery/licences/&lt;id&gt;/manifest?format=aria2&quot;
          </code>
          . It is shown once when made; only a hash is kept.
        </p>
      </PageHeader>
      {user.organizationId ? (
        <Card>
          <FieldsForm
            action={createApiTokenAction}
            id="api-token-form"
            label="Make an API token"
            submit="Make an API token"
            reset
            fields={[
              { name: "name", label: "Name", required: true, hint: "For example: nightly sync" },
              { name: "ttlDays", label: "Valid for (days)", type: "number", defaultValue: "365" },
            ]}
          />
        </Card>
      ) : (
        <p>Your account is not part of an organisation yet.</p>
      )}
      <Card>
        <TokenTable tokens={tokens} now={new Date()} back="/account/tokens" testId="api-tokens" />
      </Card>
    </Container>
  );
}
