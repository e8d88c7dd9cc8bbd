// The licence page's delivery part (server component, no client JS beyond the shared action forms): manifests for
// "download everything" (plain links and a GET form for since/parts), a download token form, the studies in scope
// with a filter and keyset pages, each with its own download link, and the licence's download tokens.
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { inputClass, labelClass } from "@/components/ui/form-field";
import { buttonClass } from "@/components/ui/button-link";
import { FieldsForm } from "@/components/licensing/fields-form";
import { TokenTable, type TokenRow } from "@/components/delivery/token-table";
import { formatBytes } from "@/components/delivery/format";
import { deliveryUrls } from "@/lib/delivery/urls";
import { MANIFEST_FORMATS } from "@/lib/delivery/manifest";
import type { StudyList, StudyListQuery } from "@/lib/delivery/portal";
import { createDownloadTokenAction } from "@/app/(account)/account/delivery-actions";

const formatLabels: Record<(typeof MANIFEST_FORMATS)[number], string> = {
  aria2: "aria2c input file (verifies SHA-256, resumes)",
  urls: "URL list (curl / wget)",
  sha256: "SHA256SUMS (sha256sum -c)",
  json: "JSON",
};

export function LicenceDelivery({
  licenceId,
  list,
  query,
  tokens,
  now,
  canDownload,
}: {
  licenceId: string;
  list: StudyList;
  query: StudyListQuery;
  tokens: TokenRow[];
  now: Date;
  canDownload: boolean;
}) {
  const q = (k: string) => (typeof query[k] === "string" ? (query[k] as string) : "");
  const keep = new URLSearchParams(
    Object.entries(query).flatMap(([k, v]) =>
      k === "after" || v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => [k, x] as [string, string]),
    ),
  );
  return (
    <>
      {canDownload ? (
        <Card>
          <h2 className="text-lg font-semibold">Download everything</h2>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            Manifests list every study of the licence with its SHA-256. Each link in them carries a download token made
            for you (valid for a limited time, revocable below). Example:{" "}
            <code className="font-mono text-xs">aria2c -i manifest.txt -c -j 4</code>, or{" "}
            <code className="font-mono text-xs">wget -c -i urls.txt</code> then{" "}
            <code className="font-mono text-xs">sha256sum -c SHA256SUMS</code>.
          </p>
          <ul className="mt-3 flex flex-wrap gap-2" data-testid="manifest-links">
            {MANIFEST_FORMATS.map((f) => (
              <li key={f}>
                <a className={buttonClass("secondary")} href={deliveryUrls.manifest(licenceId, f)} download>
                  {formatLabels[f]}
                </a>
              </li>
            ))}
          </ul>
          <form
            method="get"
            action={deliveryUrls.manifest(licenceId, "aria2").split("?")[0]}
            className="mt-4 grid gap-3 sm:grid-cols-4"
            aria-label="Manifest options"
          >
            <div>
              <label className={labelClass} htmlFor="m-format">
                Format
              </label>
              <select id="m-format" name="format" className={inputClass}>
                {MANIFEST_FORMATS.map((f) => (
                  <option key={f} value={f}>
                    {f}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label className={labelClass} htmlFor="m-since">
                New since
              </label>
              <select id="m-since" name="since" className={inputClass} defaultValue="">
                <option value="">everything</option>
                <option value="last">my organisation&apos;s last download</option>
                {Array.from({ length: list.ok ? list.version : 0 }, (_, i) => i)
                  .map((v) => (
                    <option key={v} value={String(v)}>
                      catalogue version {v}
                    </option>
                  ))
                  .slice(1)}
              </select>
            </div>
            <div>
              <label className={labelClass} htmlFor="m-part">
                Part
              </label>
              <input id="m-part" name="part" type="number" min={1} defaultValue={1} className={inputClass} />
            </div>
            <div>
              <label className={labelClass} htmlFor="m-parts">
                of parts
              </label>
              <input
                id="m-parts"
                name="parts"
                type="number"
                min={1}
                max={1000}
                defaultValue={1}
                className={inputClass}
              />
            </div>
            <div className="sm:col-span-4">
              <button type="submit" className={buttonClass("primary")}>
                Download manifest
              </button>
            </div>
          </form>
        </Card>
      ) : null}

      <Card>
        <h2 className="text-lg font-semibold">Studies in this licence</h2>
        <form method="get" className="mt-3 grid gap-3 sm:grid-cols-4" aria-label="Filter studies">
          <div>
            <label className={labelClass} htmlFor="f-uid">
              Study Instance UID starts with
            </label>
            <input id="f-uid" name="uid" defaultValue={q("uid")} className={inputClass} inputMode="decimal" />
          </div>
          <div>
            <label className={labelClass} htmlFor="f-since">
              Added after version
            </label>
            <input id="f-since" name="since" defaultValue={q("since")} className={inputClass} inputMode="numeric" />
          </div>
          <div>
            <label className={labelClass} htmlFor="f-condition">
              Condition
            </label>
            <input id="f-condition" name="condition" defaultValue={q("condition")} className={inputClass} />
          </div>
          <div>
            <label className={labelClass} htmlFor="f-method">
              Method
            </label>
            <input id="f-method" name="method" defaultValue={q("method")} className={inputClass} />
          </div>
          <div className="sm:col-span-4">
            <button type="submit" className={buttonClass("secondary")}>
              Filter
            </button>
          </div>
        </form>
        {!list.ok ? (
          <Notice tone="error" role="alert">
            {list.problems.map((p) => `${p.param}: ${p.message}`).join("; ")}
          </Notice>
        ) : list.rows.length === 0 ? (
          <p className="mt-4 text-sm" data-testid="no-studies">
            No studies match.
          </p>
        ) : (
          <div className="mt-4 overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="licence-studies">
              <thead>
                <tr className="border-b border-slate-200 dark:border-slate-800">
                  <th className="py-2 pr-3">Study Instance UID</th>
                  <th className="py-2 pr-3">Size</th>
                  <th className="py-2 pr-3">Version</th>
                  <th className="py-2 pr-3">SHA-256</th>
                  <th className="py-2">
                    <span className="sr-only">Download</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.rows.map((s) => (
                  <tr key={s.id} className="border-b border-slate-100 dark:border-slate-800">
                    <td className="break-all py-2 pr-3 font-mono text-xs">{s.studyInstanceUid}</td>
                    <td className="py-2 pr-3">{formatBytes(s.sizeBytes)}</td>
                    <td className="py-2 pr-3">{s.addedIn}</td>
                    <td className="py-2 pr-3 font-mono text-xs" title={s.sha256}>
                      {s.sha256.slice(0, 12)}...
                    </td>
                    <td className="py-2">
                      {canDownload ? (
                        <a
                          className="font-semibold underline"
                          href={deliveryUrls.download(licenceId, s.studyInstanceUid)}
                        >
                          Download
                        </a>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {list.next !== null ? (
              <p className="mt-3">
                <a
                  className="font-semibold underline"
                  data-testid="next-page"
                  href={`?${new URLSearchParams([...keep, ["after", String(list.next)]])}`}
                >
                  Next page
                </a>
              </p>
            ) : null}
          </div>
        )}
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">Download tokens</h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          A token lets a script or a download manager fetch this licence&apos;s studies without signing in. Revoke one
          and it stops at once.
        </p>
        {canDownload ? (
          <div className="mt-3">
            <FieldsForm
              action={createDownloadTokenAction}
              id="download-token-form"
              label="Make a download token"
              submit="Make a download token"
              reset
              hidden={{ licenceId }}
              fields={[
                { name: "name", label: "Name", required: false, hint: "For example: lab server" },
                { name: "ttlDays", label: "Valid for (days)", type: "number", defaultValue: "30" },
              ]}
            />
          </div>
        ) : null}
        <div className="mt-4">
          <TokenTable tokens={tokens} now={now} back={`/account/licences/${licenceId}`} testId="licence-tokens" />
        </div>
      </Card>
    </>
  );
}
