// Tokens as a table with a revoke button each (server component; the button is the shared action form).
import { FieldsForm } from "@/components/licensing/fields-form";
import { tokenState } from "@/lib/delivery/tokens";
import { revokeTokenAction } from "@/app/(account)/account/delivery-actions";

export interface TokenRow {
  id: string;
  kind: string;
  prefix: string;
  name: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  owner?: string;
}

const when = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace("T", " ") : "-");

export function TokenTable({
  tokens,
  now,
  back,
  testId,
}: {
  tokens: TokenRow[];
  now: Date;
  back: string;
  testId: string;
}) {
  if (tokens.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No tokens yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid={testId}>
        <thead>
          <tr className="border-b border-slate-200 dark:border-slate-800">
            <th className="py-2 pr-3">Token</th>
            <th className="py-2 pr-3">Name</th>
            {tokens.some((t) => t.owner) ? <th className="py-2 pr-3">Made by</th> : null}
            <th className="py-2 pr-3">Made</th>
            <th className="py-2 pr-3">Expires</th>
            <th className="py-2 pr-3">Last used</th>
            <th className="py-2 pr-3">State</th>
            <th className="py-2">
              <span className="sr-only">Revoke</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => {
            const state = tokenState(t, now);
            return (
              <tr
                key={t.id}
                className="border-b border-slate-100 align-top dark:border-slate-800"
                data-token-prefix={t.prefix}
              >
                <td className="py-2 pr-3 font-mono text-xs">{t.prefix}...</td>
                <td className="py-2 pr-3">{t.name}</td>
                {t.owner !== undefined ? <td className="py-2 pr-3">{t.owner}</td> : null}
                <td className="py-2 pr-3">{when(t.createdAt)}</td>
                <td className="py-2 pr-3">{when(t.expiresAt)}</td>
                <td className="py-2 pr-3">{when(t.lastUsedAt)}</td>
                <td className="py-2 pr-3" data-testid="token-state">
                  {state}
                </td>
                <td className="py-2">
                  {state === "active" ? (
                    <FieldsForm
                      action={revokeTokenAction}
                      id={`revoke-${t.id}`}
                      label={`Revoke token ${t.prefix}`}
                      submit="Revoke"
                      variant="secondary"
                      hidden={{ tokenId: t.id, back }}
                      fields={[]}
                    />
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
