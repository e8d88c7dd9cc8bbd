import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { preload } from "react-dom";
import { Badge } from "@/components/ui/badge";
import { Container } from "@/components/ui/container";
import { SampleDownload } from "@/components/delivery/sample-download";
import { demographics } from "@/components/viewer/sample-study-card";
import { earlyPaintScript, WIDE_SCREEN } from "@/components/viewer/decode/early-paint";
import { StudyViewer } from "@/components/viewer/study-viewer";
import { instanceAt, planeLabel } from "@/components/viewer/series-refs";
import { middleIndex } from "@/components/viewer/engine/stack";
import { loadSampleStudy } from "@/app/_bind/sample-studies";
import { previewUrls } from "@/lib/preview/urls";

// Served from the cache, not rendered per request: the first request for a study renders it (the build has no
// database, so no path is known ahead), later ones get the stored HTML and payload. Samples change only on import or
// unpublishing; every app instance regenerates its copy in the background at most once a minute, and the files
// themselves are re-checked on every request (app/api/preview), so an unpublished sample's images stop at once.
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams(): { study: string }[] {
  return [];
}

type Props = { params: Promise<{ study: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const study = await loadSampleStudy(decodeURIComponent((await params).study));
  if (!study) return { title: "Sample study not found", robots: { index: false } };
  return {
    title: study.description ?? "Sample study",
    description: `Sample lumbar spine MRI study in the in-browser DICOM viewer: ${study.planes.join(" and ")} series with the radiologist report.`,
    alternates: { canonical: previewUrls.study(study.id) },
  };
}

/** Slice count by plane, e.g. "Sagittal 15 · Axial 20". */
const seriesSummary = (s: NonNullable<Awaited<ReturnType<typeof loadSampleStudy>>>) =>
  s.series.map((x) => `${planeLabel(x.plane)} ${x.instances.length}`).join(" · ");

export default async function SampleStudyPage({ params }: Props) {
  const study = await loadSampleStudy(decodeURIComponent((await params).study));
  if (!study) notFound();
  // The first slice's DICOM downloads with the HTML, not after hydration, where it would queue behind the
  // navigation's route prefetches (measured: ~230 ms later on a busy machine).
  const first = instanceAt(study, 0, middleIndex(study.series[0]?.instances.length ?? 0));
  if (first) {
    // The JPG is the first thing a visitor sees (it stands in until the DICOM is decoded): fetch it from the <head>,
    // ahead of the thumbnails and scripts that come before its <img> in the document.
    if (first.instance.hasJpg) preload(previewUrls.jpg(first.instance.id), { as: "image", fetchPriority: "high" });
    // On a wide screen the DICOM downloads alongside; on a phone (often a slow link) the 300 kB file would share the
    // bandwidth with the JPG, so there the inline script fetches it once the JPG is shown (early-paint.ts).
    preload(previewUrls.dicom(first.instance.id), { as: "fetch", crossOrigin: "anonymous", media: WIDE_SCREEN });
  }
  const title = study.description ?? "Sample study";
  const facts = [study.scanner, demographics(study.patientAge, study.patientSex), seriesSummary(study)].filter(Boolean);
  return (
    <Container className="py-4 sm:py-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/preview" className="font-medium text-brand-700 underline dark:text-brand-300">
          Sample studies
        </Link>
      </nav>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <h1 className="text-xl font-bold tracking-tight sm:text-2xl">{title}</h1>
        {/synthetic/i.test(title) ? <Badge tone="amber">Synthetic</Badge> : null}
      </div>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{facts.join(" · ")}</p>
      <div className="mt-3">
        <StudyViewer study={study} />
        {/* Right after the canvas it paints on: first pixels without waiting for the framework (early-paint.ts). */}
        {first ? (
          <script
            id="viewer-early-paint"
            dangerouslySetInnerHTML={{ __html: earlyPaintScript(previewUrls.dicom(first.instance.id)) }}
          />
        ) : null}
      </div>
      <SampleDownload studyId={study.id} />
    </Container>
  );
}
