import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = {
  title: "The dataset",
  description:
    "What each lumbar spine MRI study contains: DICOM and JPG images, the DICOMDIR index, the radiologist report, and how the files are laid out.",
  alternates: { canonical: "/dataset" },
};

const layout = [
  ["DICOMDIR", "DICOM directory: patient, study, series and image records pointing to every file"],
  ["ST000001/SE000001/IM000001", "DICOM Part 10 image, about 250-330 kB, one folder per series"],
  ["ST000001/SE000001/IM000001.jpg", "JPG rendering of the same image, about 20-26 kB"],
  ["Lumbar_Spine_MRI.pdf", "the radiologist's report for the study"],
  ["Spine_MRI_conditions.csv", "number of studies by condition and by method of study"],
] as const;

const reportFields = [
  "Type of study",
  "MRI machine (mostly Philips Intera 1.5T)",
  "Age, sex and race",
  "Complaints (brief anamnesis)",
  "Description of the case",
  "Preliminary diagnosis",
  "Recommendations",
] as const;

export default function DatasetPage() {
  return (
    <Container className="py-10">
      <PageHeader
        title="About the dataset"
        lead="Lumbar spine MRI examinations focused on the vertebrae, the intervertebral discs and the spinal canal, each with the radiologist's report: material for segmentation and classification models of degenerative disease, disc herniation and stenosis."
      />
      <div className="mt-10 grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="layout-title">
          <h2 id="layout-title" className="text-xl font-semibold">
            Files in every delivery
          </h2>
          <ul className="mt-4 space-y-3">
            {layout.map(([path, what]) => (
              <li key={path}>
                <code className="break-all font-mono text-sm font-semibold">{path}</code>
                <p className="text-sm text-slate-700 dark:text-slate-300">{what}</p>
              </li>
            ))}
          </ul>
          <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">
            The full dataset has the same shape at 2.4 million studies: one folder per study, one per series.
          </p>
        </section>
        <section aria-labelledby="report-title">
          <h2 id="report-title" className="text-xl font-semibold">
            What a radiologist report holds
          </h2>
          <ul className="mt-4 list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-300">
            {reportFields.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
          <Card className="mt-6">
            <h3 className="font-semibold">De-identified</h3>
            <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
              All patients consented to the publication of their data. Names, identifiers, dates of birth, addresses
              and institution details are removed; age, sex and race are kept for cohort selection.
            </p>
          </Card>
        </section>
      </div>
      <div className="mt-10 flex flex-wrap gap-3">
        <ButtonLink href="/statistics">See the statistics</ButtonLink>
        <ButtonLink href="/preview" variant="secondary">
          Preview a study
        </ButtonLink>
      </div>
    </Container>
  );
}
