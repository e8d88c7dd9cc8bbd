// Facts about the product shown across the storefront, in one place so pages, metadata and JSON-LD agree.
export const site = {
  name: "Lumbar Spine MRI Dataset",
  shortName: "Spine MRI Data",
  title: "Lumbar Spine MRI Scans - 2.4 million studies",
  description:
    "2.4 million de-identified lumbar spine MRI studies (DICOM + JPG, DICOMDIR, radiologist reports) for machine learning and research: sagittal T2 and axial series, mostly Philips Intera 1.5T.",
  studies: 2_400_000,
} as const;

export const nav = [
  { href: "/dataset", label: "Dataset" },
  { href: "/statistics", label: "Statistics" },
  { href: "/cohort", label: "Cohorts" },
  { href: "/preview", label: "Preview" },
  { href: "/pricing", label: "Pricing" },
  { href: "/enquire", label: "Enquire" },
] as const;

export const keyFacts = [
  { label: "Studies", value: "2.4 million", detail: "lumbar spine MRI examinations" },
  { label: "Modality", value: "MRI", detail: "mostly Philips Intera 1.5T" },
  { label: "Views", value: "Sagittal T2 + axial", detail: "vertebrae, discs and spinal canal" },
  { label: "Formats", value: "DICOM + JPG", detail: "with DICOMDIR and radiologist PDF reports" },
  { label: "Privacy", value: "De-identified", detail: "patients consented to publication" },
] as const;
