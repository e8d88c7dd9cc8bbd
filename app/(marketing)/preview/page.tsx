import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { SampleStudyCard } from "@/components/viewer/sample-study-card";
import { loadSampleStudies } from "@/lib/preview/load";

// Published samples come from the database: an import or an unpublish shows on the next request.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Preview a sample study",
  description:
    "Open a de-identified lumbar spine MRI sample study in the in-browser DICOM viewer: sagittal T2 and axial series, window/level, zoom, cine and the radiologist report.",
  alternates: { canonical: "/preview" },
};

const features = [
  "Scroll the stack with the wheel, the arrow keys, the slider or a swipe",
  "Window/level from the file, presets for T2 spine and soft tissue, or drag to adjust",
  "Zoom, pan and cine at the frame rate you choose",
  "Acquisition details beside the image, and the radiologist's PDF report",
] as const;

export default async function PreviewPage() {
  const studies = await loadSampleStudies();
  return (
    <Container className="py-10">
      <PageHeader
        title="Preview a sample study"
        lead="Look at real DICOM before you buy: each sample opens in a viewer that decodes the files in your browser, exactly as delivered."
      />
      {studies.length ? (
        <div className="mt-8 grid gap-6 lg:grid-cols-2">
          {studies.map((s, i) => (
            <SampleStudyCard key={s.id} study={s} index={i} />
          ))}
        </div>
      ) : (
        <div className="mt-8">
          <Notice tone="warning">
            No sample study is published yet. Import one with{" "}
            <code className="font-mono">npm run import -- &lt;folder&gt; --sample</code>.
          </Notice>
        </div>
      )}
      <section aria-labelledby="viewer-features" className="mt-12">
        <h2 id="viewer-features" className="text-xl font-semibold">
          In the viewer
        </h2>
        <ul className="mt-3 list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
          {features.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      </section>
    </Container>
  );
}
