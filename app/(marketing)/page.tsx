import type { Metadata } from "next";
import Link from "next/link";
import { BarList } from "@/components/charts/bar-list";
import { DatasetJsonLd } from "@/components/seo/dataset-json-ld";
import { Container } from "@/components/ui/container";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { StatsSource } from "@/components/stats/stats-source";
import { NoStats } from "@/components/stats/no-stats";
import { loadStats } from "@/app/_bind/load-stats";
import { formatInt } from "@/lib/format";
import { keyFacts, site } from "@/lib/site/config";

// Served from the cache (ISR), not rendered per request: nothing on it depends on the visitor (the header's account
// link is a client island, components/layout/account-link.tsx). Imports and catalogue refreshes expire it at once
// (/api/revalidate, lib/storefront/revalidation.ts); without that notice it is at most a minute old.
export const revalidate = 60;

export const metadata: Metadata = { alternates: { canonical: "/" } };

export default async function LandingPage() {
  const stats = await loadStats();
  return (
    <>
      <DatasetJsonLd totalStudies={stats?.total ?? null} conditions={stats?.byCondition.map((c) => c.name) ?? []} />
      <section className="border-b border-slate-200 bg-gradient-to-b from-brand-50 to-white py-14 dark:border-slate-800 dark:from-slate-900 dark:to-slate-950 sm:py-20">
        <Container>
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-300">
            Medical imaging dataset for ML and research
          </p>
          <h1 className="mt-3 max-w-3xl text-4xl font-bold tracking-tight sm:text-5xl">{site.title}</h1>
          <p className="mt-5 max-w-2xl text-lg text-slate-700 dark:text-slate-300">
            De-identified lumbar spine MRI examinations with sagittal T2 and axial series, a DICOMDIR index, a JPG
            rendering of every image and the radiologist&apos;s report for each study.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <ButtonLink href="/preview">Preview a sample study</ButtonLink>
            <ButtonLink href="/enquire" variant="secondary">
              Request a quote
            </ButtonLink>
          </div>
        </Container>
      </section>

      <Container className="py-12">
        <h2 className="sr-only">Key facts</h2>
        <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-5">
          {keyFacts.map((fact) => (
            <Card key={fact.label}>
              <dt className="text-sm text-slate-600 dark:text-slate-400">{fact.label}</dt>
              <dd className="mt-1 text-xl font-semibold">{fact.value}</dd>
              <dd className="mt-1 text-sm text-slate-600 dark:text-slate-400">{fact.detail}</dd>
            </Card>
          ))}
        </dl>
        <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">
          Key facts from the vendor&apos;s description of the dataset.
        </p>
      </Container>

      <Container className="pb-6">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <h2 className="text-2xl font-bold tracking-tight">What is in the dataset</h2>
            {stats ? (
              <p className="mt-2 text-slate-700 dark:text-slate-300">
                <span data-testid="total-studies" className="font-semibold tabular-nums">
                  {formatInt(stats.total)}
                </span>{" "}
                studies across {stats.byCondition.length} conditions and {stats.byMethod.length} methods of study.
              </p>
            ) : null}
          </div>
          <Link href="/statistics" className="text-sm font-semibold text-brand-700 underline dark:text-brand-300">
            Full statistics and CSV download
          </Link>
        </div>
        {stats ? (
          <>
            <div className="mt-8 grid gap-10 lg:grid-cols-2">
              <BarList id="by-condition" title="Studies by condition" items={stats.byCondition} total={stats.total} />
              <BarList id="by-method" title="Studies by method of study" items={stats.byMethod} total={stats.total} />
            </div>
            <StatsSource source={stats.source} />
          </>
        ) : (
          <NoStats />
        )}
      </Container>

      <Container className="py-12">
        <div className="grid gap-6 md:grid-cols-3">
          <Card>
            <h2 className="text-lg font-semibold">Look before you buy</h2>
            <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
              Open a sample study in the in-browser DICOM viewer: scroll the stack, adjust window and level, read the
              report beside the images.
            </p>
            <Link
              href="/preview"
              className="mt-3 inline-block text-sm font-semibold text-brand-700 underline dark:text-brand-300"
            >
              Open the preview
            </Link>
          </Card>
          <Card>
            <h2 className="text-lg font-semibold">The vendor&apos;s layout, as is</h2>
            <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
              DICOMDIR, one folder per study and series, Part 10 files with a JPG beside each image, a PDF report and
              the statistics CSV.
            </p>
            <Link
              href="/dataset"
              className="mt-3 inline-block text-sm font-semibold text-brand-700 underline dark:text-brand-300"
            >
              About the dataset
            </Link>
          </Card>
          <Card>
            <h2 className="text-lg font-semibold">Licensed for your use</h2>
            <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
              Research or commercial licences for the whole dataset or a cohort, with verifiable downloads that resume.
            </p>
            <Link
              href="/enquire"
              className="mt-3 inline-block text-sm font-semibold text-brand-700 underline dark:text-brand-300"
            >
              Ask for a quote
            </Link>
          </Card>
        </div>
      </Container>
    </>
  );
}
