import { env } from "@/lib/env";
import { site } from "@/lib/site/config";

// schema.org Dataset so search engines (and Google Dataset Search) describe the product correctly.
export function DatasetJsonLd({ totalStudies, conditions }: { totalStudies: number | null; conditions: string[] }) {
  const data = {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: site.title,
    description: site.description,
    url: env.APP_URL,
    keywords: ["lumbar spine", "MRI", "DICOM", "radiology", "machine learning", "disc herniation", ...conditions],
    measurementTechnique: "Magnetic resonance imaging (sagittal T2, axial)",
    variableMeasured: conditions,
    isAccessibleForFree: false,
    creator: { "@type": "Organization", name: site.name },
    size: totalStudies ? `${totalStudies} studies` : undefined,
    distribution: [
      { "@type": "DataDownload", encodingFormat: "application/dicom", contentUrl: `${env.APP_URL}/preview` },
      { "@type": "DataDownload", encodingFormat: "text/csv", contentUrl: `${env.APP_URL}/statistics/download` },
    ],
  };
  // `<` is escaped so that a condition name can never close the script element.
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
