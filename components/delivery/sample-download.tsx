// The sample study's delivery archive: a plain link (works without JS, resumable with any download manager), its
// size and SHA-256 to check it with, and the terms it comes under. Renders nothing until the archive is built.
import Link from "next/link";
import { db } from "@/lib/db";
import { findSampleArchive } from "@/lib/delivery/find-sample-archive";
import { deliveryUrls } from "@/lib/delivery/urls";

const mib = (n: bigint) => `${(Number(n) / 2 ** 20).toFixed(1)} MB`;

export async function SampleDownload({ studyId }: { studyId: string }) {
  const archive = await findSampleArchive(db, studyId);
  if (!archive) return null;
  return (
    <section
      aria-labelledby="sample-download-title"
      className="mt-4 rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-800"
    >
      <h2 id="sample-download-title" className="text-base font-semibold">
        Download this study
      </h2>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        The same delivery format as the licensed dataset: one uncompressed ZIP with the DICOM files, JPG renderings and
        the report in the vendor&apos;s layout, and a <code>SHA256SUMS</code> file (<code>sha256sum -c SHA256SUMS</code>{" "}
        after unzipping).
      </p>
      <p className="mt-3">
        <a
          href={deliveryUrls.sampleArchive(archive.studyId)}
          download={archive.fileName}
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-600 dark:bg-brand-300 dark:text-slate-950"
        >
          Download ZIP ({mib(archive.size)})
        </a>
      </p>
      <p className="mt-2 break-all text-slate-700 dark:text-slate-300">
        SHA-256 <code data-testid="sample-archive-sha256">{archive.sha256}</code>
      </p>
      <details className="mt-2">
        <summary className="cursor-pointer font-medium">Terms of the sample</summary>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          The sample is provided free of charge to evaluate the dataset. It is de-identified and must not be used to try
          to identify anyone, nor for diagnosis or treatment. You may share it unchanged with this notice; any other use
          of the dataset needs a licence -{" "}
          <Link href="/enquire" className="underline">
            ask for a quote
          </Link>
          . It comes as is, without warranty.
        </p>
      </details>
    </section>
  );
}
