// The exact agreement text the buyer is asked to accept, with its version and SHA-256. Server component.
export function AgreementText({
  agreement,
}: {
  agreement: { title: string; version: number; sha256: string; text: string };
}) {
  return (
    <section aria-labelledby="agreement-title">
      <h2 id="agreement-title" className="text-lg font-semibold">
        {agreement.title}, version {agreement.version}
      </h2>
      <p className="mt-1 break-all text-xs text-slate-600 dark:text-slate-400">SHA-256 {agreement.sha256}</p>
      <pre
        tabIndex={0}
        aria-label="Agreement text"
        className="mt-3 max-h-72 overflow-auto whitespace-pre-wrap rounded-md border border-slate-200 bg-slate-50 p-3 font-sans text-sm dark:border-slate-800 dark:bg-slate-950"
      >
        {agreement.text}
      </pre>
    </section>
  );
}
