import type { Vendor } from "@/lib/site/vendor";

/** Name, address and contact as a definition list (contact page and imprint). */
export function VendorDetails({ vendor, legal = false }: { vendor: Vendor; legal?: boolean }) {
  const rows: [string, React.ReactNode][] = [
    ["Company", vendor.name],
    [
      "Address",
      vendor.addressLines.length
        ? vendor.addressLines.map((l) => (
            <span key={l} className="block">
              {l}
            </span>
          ))
        : null,
    ],
    [
      "Email",
      <a key="e" href={`mailto:${vendor.email}`} className="underline">
        {vendor.email}
      </a>,
    ],
    ["Phone", vendor.phone],
    ...(legal
      ? ([
          [
            "Registration",
            vendor.registrationLines.length
              ? vendor.registrationLines.map((l) => (
                  <span key={l} className="block">
                    {l}
                  </span>
                ))
              : null,
          ],
        ] as [string, React.ReactNode][])
      : []),
  ];
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_minmax(0,1fr)]">
      {rows
        .filter(([, v]) => v)
        .map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-medium text-slate-600 dark:text-slate-400">{k}</dt>
            <dd className="wrap-anywhere">{v}</dd>
          </div>
        ))}
    </dl>
  );
}
