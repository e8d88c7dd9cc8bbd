import type { Metadata } from "next";
import { DeidentificationTable } from "@/components/dataset/deidentification-table";
import Link from "next/link";
import { BarList } from "@/components/charts/bar-list";
import { ChangeLog } from "@/components/data-card/change-log";
import { LabelSchema } from "@/components/data-card/label-schema";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { loadDataCard } from "@/lib/catalogue/data-card";
import { formatSize } from "@/lib/catalogue/format-size";
import { db } from "@/lib/db";
import { PHI_ATTRIBUTES } from "@/lib/dicom/phi-attributes";
import { env } from "@/lib/env";
import { formatInt, formatShare } from "@/lib/format";
import { atRuntime } from "@/lib/storefront/build-phase";

// The data card: what a buyer needs to judge the dataset, generated from the catalogue and the imported DICOM where
// possible (label values, acquisition parameters, transfer syntaxes, versions), fixed text where not.
// Served from the cache (ISR): imports and catalogue refreshes expire it (/api/revalidate); at most a minute old.
export const revalidate = 60;

export const metadata: Metadata = {
  title: "Data card",
  description:
    "The lumbar spine MRI dataset's data card: label schema, file formats and transfer syntaxes, de-identification, acquisition parameters, limitations, versions and how to cite.",
  alternates: { canonical: "/dataset" },
};

const layout = [
  ["DICOMDIR", "DICOM directory: patient, study, series and image records pointing to every file"],
  ["ST000001/SE000001/IM000001", "DICOM Part 10 image, about 250-330 kB, one folder per series"],
  ["ST000001/SE000001/IM000001.jpg", "JPG rendering of the same image, about 20-26 kB"],
  ["Lumbar_Spine_MRI.pdf", "the radiologist's report for the study"],
  ["Spine_MRI_conditions.csv", "number of studies by condition and by method of study"],
  ["Spine_MRI_labels.csv", "per-study labels, one row per StudyInstanceUID (the label schema below)"],
] as const;

const reportFields = [
  "Type of study",
  "MRI machine",
  "Age, sex and race",
  "Complaints (brief anamnesis)",
  "Description of the case",
  "Preliminary diagnosis",
  "Recommendations",
] as const;

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="mt-12 scroll-mt-4">
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        {title}
      </h2>
      <div className="mt-4">{children}</div>
    </section>
  );
}

export default async function DatasetPage() {
  const card = await atRuntime(() => loadDataCard(db, env.DATASET_SLUG), null);
  const b = card?.breakdown ?? null;
  const notRecorded = (bars: { label: string; studies: number }[]) =>
    bars.find((x) => x.label === "Not recorded")?.studies ?? 0;
  const year = (card?.version?.createdAt ?? new Date()).getUTCFullYear();
  const cite = `Lumbar Spine MRI Scans (catalogue version ${card?.version?.number ?? 0}, ${year}). ${env.APP_URL}/dataset`;
  return (
    <Container className="py-10">
      <PageHeader
        title="Data card"
        lead="Lumbar spine MRI examinations focused on the vertebrae, the intervertebral discs and the spinal canal, each with the radiologist's report: material for segmentation and classification models of degenerative disease, disc herniation and stenosis."
      />
      <nav aria-label="On this page" className="mt-6 flex flex-wrap gap-x-4 gap-y-2 text-sm">
        {[
          ["facts", "Facts"],
          ["schema", "Label schema"],
          ["files", "Files and formats"],
          ["deid", "De-identification"],
          ["acquisition", "Acquisition"],
          ["limitations", "Limitations"],
          ["versions", "Versions"],
          ["cite", "How to cite"],
        ].map(([id, label]) => (
          <a key={id} href={`#${id}`} className="underline">
            {label}
          </a>
        ))}
      </nav>

      <Section id="facts" title="Facts">
        {card?.version ? (
          <dl className="grid grid-cols-1 gap-4 sm:grid-cols-4">
            <div>
              <dt className="text-sm text-slate-600 dark:text-slate-400">Studies in the catalogue</dt>
              <dd className="text-2xl font-semibold tabular-nums" data-testid="card-studies">
                {formatInt(card.version.studies)}
              </dd>
            </div>
            <div>
              <dt className="text-sm text-slate-600 dark:text-slate-400">Total size</dt>
              <dd className="text-2xl font-semibold tabular-nums">{formatSize(card.version.sizeBytes)}</dd>
            </div>
            <div>
              <dt className="text-sm text-slate-600 dark:text-slate-400">Conditions labelled</dt>
              <dd className="text-2xl font-semibold tabular-nums">{card.values.conditions.length}</dd>
            </div>
            <div>
              <dt className="text-sm text-slate-600 dark:text-slate-400">Catalogue version</dt>
              <dd className="text-2xl font-semibold tabular-nums">{card.version.number}</dd>
            </div>
          </dl>
        ) : (
          <Notice>
            The study catalogue has not been loaded yet; the statistics page shows the vendor&apos;s figures.
          </Notice>
        )}
        {card?.synthetic ? (
          <div className="mt-4">
            <Notice tone="warning">
              This installation&apos;s catalogue includes synthetic studies (catalog:synth) that follow the statistics
              file&apos;s totals; they stand in for the vendor&apos;s labels table.
            </Notice>
          </div>
        ) : null}
      </Section>

      <Section id="schema" title="Label schema">
        <p className="mb-4 text-sm text-slate-700 dark:text-slate-300">
          Every study is described by one row of the labels table, keyed by its StudyInstanceUID. Labels come from the
          vendor&apos;s metadata and the radiologist&apos;s report, not from the pixels.
        </p>
        <LabelSchema
          values={
            card?.values ?? { conditions: [], methods: [], sequences: [], manufacturers: [], models: [], races: [] }
          }
        />
      </Section>

      <Section id="files" title="Files and formats">
        <div className="grid gap-8 lg:grid-cols-2">
          <div>
            <h3 className="font-semibold">In every delivery</h3>
            <ul className="mt-3 space-y-3">
              {layout.map(([path, what]) => (
                <li key={path}>
                  <code className="break-all font-mono text-sm font-semibold">{path}</code>
                  <p className="text-sm text-slate-700 dark:text-slate-300">{what}</p>
                </li>
              ))}
            </ul>
            <h3 className="mt-6 font-semibold">What a radiologist report holds</h3>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-300">
              {reportFields.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          </div>
          <div>
            <h3 className="font-semibold">Transfer syntaxes of the imported images</h3>
            {card && card.transferSyntaxes.length > 0 ? (
              <ul className="mt-3 space-y-1 text-sm">
                {card.transferSyntaxes.map((t) => (
                  <li key={t.uid}>
                    {t.name} <code className="text-xs">{t.uid}</code>: {formatInt(t.instances)} images
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-3 text-sm">No DICOM imported yet.</p>
            )}
            {card?.imageSizes ? (
              <p className="mt-3 text-sm">
                Matrix sizes: {card.imageSizes.columns[0]}-{card.imageSizes.columns[1]} × {card.imageSizes.rows[0]}-
                {card.imageSizes.rows[1]} pixels.
              </p>
            ) : null}
            <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">
              The viewer and the importer read every transfer syntax scanners write: native, JPEG baseline, extended and
              lossless, JPEG-LS, JPEG 2000, HTJ2K, RLE and deflate. Each study&apos;s delivery object carries a SHA-256
              in the catalogue.
            </p>
          </div>
        </div>
      </Section>

      <Section id="deid" title="De-identification">
        <Card>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            All patients consented to the publication of their data. Names, identifiers, dates of birth, addresses and
            institution details are removed; age, sex and race are kept for cohort selection, with ages of 90 and over
            recorded as 90+. Before a study is shown publicly, the importer verifies that {PHI_ATTRIBUTES.length}{" "}
            identifying attributes of DICOM PS3.15 Annex E (patient, physician and operator, institution and device,
            free text) and every private attribute are empty or absent; a study that fails stays private.
          </p>
        </Card>
        <div className="mt-4">
          <DeidentificationTable />
        </div>
      </Section>

      <Section id="acquisition" title="Acquisition parameters in the catalogue">
        {b && b.studies > 0 ? (
          <div className="grid gap-10 md:grid-cols-2">
            <BarList
              id="card-field"
              title="Field strength"
              items={b.fieldStrengths.map((x) => ({ name: x.label, studies: x.studies }))}
              total={b.studies}
            />
            <BarList
              id="card-scanner"
              title="Scanner"
              items={b.scanners.map((x) => ({ name: x.label, studies: x.studies }))}
              total={b.studies}
            />
            <BarList
              id="card-method"
              title="Method of study"
              items={b.methods.filter((x) => x.studies > 0).map((x) => ({ name: x.label, studies: x.studies }))}
              total={b.studies}
            />
            <BarList
              id="card-age"
              title="Age"
              items={b.ages.map((x) => ({ name: x.label, studies: x.studies }))}
              total={b.studies}
            />
          </div>
        ) : (
          <p className="text-sm">Shown once the catalogue is loaded.</p>
        )}
      </Section>

      <Section id="limitations" title="Known limitations">
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-300">
          <li>
            Labels come from the reports&apos; preliminary diagnoses, not from a consensus read; conditions are not
            graded or localised to a level in the labels table.
          </li>
          <li>
            Most studies come from one scanner family (see the acquisition charts): models may not transfer to other
            vendors without adaptation.
          </li>
          {b && b.studies > 0 ? (
            <li>
              Age is not recorded for {formatShare(notRecorded(b.ages), b.studies)} of studies, sex for{" "}
              {formatShare(notRecorded(b.sex), b.studies)}; race is given only where the report states it.
            </li>
          ) : null}
          <li>Ages are filtered in 5-year bands; ages of 90 and over are not distinguished.</li>
          <li>
            The statistics file counts each study once under its preliminary diagnosis; the cohort builder counts every
            condition a study has.
          </li>
        </ul>
      </Section>

      <Section id="versions" title="Catalogue versions">
        <p className="mb-4 text-sm text-slate-700 dark:text-slate-300">
          Every change to what is for sale publishes a new version. A quoted or licensed cohort names its version and
          always means the same studies.
        </p>
        <ChangeLog versions={card?.versions ?? []} />
      </Section>

      <Section id="cite" title="How to cite">
        <pre
          className="overflow-x-auto whitespace-pre-wrap rounded-md bg-slate-100 p-4 text-xs dark:bg-slate-900"
          data-testid="citation"
        >
          {cite}
        </pre>
      </Section>

      <div className="mt-12 flex flex-wrap gap-3">
        <ButtonLink href="/enquire?from=/dataset">Request a quote</ButtonLink>
        <ButtonLink href="/cohort" variant="secondary">
          Build a cohort
        </ButtonLink>
        <ButtonLink href="/statistics" variant="secondary">
          See the statistics
        </ButtonLink>
        <Link href="/preview" className="self-center text-sm underline">
          Preview a study
        </Link>
      </div>
    </Container>
  );
}
