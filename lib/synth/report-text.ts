// Radiologist-style report content derived from the phantom parameters, so text and images agree.
import type { DiscLevel, PhantomParams } from "./params";

export interface ReportField {
  label: string;
  text: string;
}

export const REPORT_LABELS = [
  "Study type",
  "MRI machine",
  "Age",
  "Sex",
  "Race",
  "Complaints",
  "Description",
  "Preliminary diagnosis",
  "Recommendations",
] as const;

/** Nerve root usually compressed by a posterior herniation at each level (the traversing root). */
const ROOT: Record<DiscLevel, string> = { "L1-L2": "L2", "L2-L3": "L3", "L3-L4": "L4", "L4-L5": "L5", "L5-S1": "S1" };

function conusLevel(c: number): string {
  return c < 0.35 ? "T12-L1" : c < 0.6 ? "L1" : c < 0.85 ? "L1-L2" : "L2";
}

export function reportFields(p: PhantomParams): ReportField[] {
  const h = p.herniation;
  const root = ROOT[h.level];
  const legs = h.side === "median" ? "both legs, more on the left" : `the ${h.side.split(" ")[0]} leg`;
  const lordosis = p.lordosis < 0.85 ? "flattened" : p.lordosis > 1.15 ? "accentuated" : "preserved";
  const stenosis = h.depthMm >= 7.5 ? "severe" : h.depthMm >= 5.5 ? "moderate" : "mild";
  const others = p.degenerated.filter((l) => l !== h.level);
  const migration = h.migrationMm ? `, migrating ${Math.abs(h.migrationMm).toFixed(0)} mm caudally` : "";
  const description = [
    "Technique: sagittal T2W TSE (TR 3500 ms, TE 110 ms, 4 mm) and axial T2W TSE (TR 3800 ms, TE 120 ms, 3 mm) angled to the L1-S1 discs.",
    `Lumbar lordosis is ${lordosis}. Vertebral bodies are of normal height; bone marrow signal is unremarkable.`,
    `The conus medullaris ends at the ${conusLevel(p.conus)} level with normal signal; the cauda equina roots are not thickened.`,
    `Reduced T2 signal and height of the ${p.degenerated.join(", ")} disc${p.degenerated.length > 1 ? "s" : ""} (desiccation).`,
    `${h.level}: posterior ${h.side} disc ${h.kind} extending ${h.depthMm.toFixed(1)} mm beyond the posterior disc margin${migration}, ` +
      `indenting the ventral thecal sac with ${stenosis} narrowing of the central canal and contact with the ${h.side === "median" ? "" : `${h.side.split(" ")[0]} `}${root} root${h.side === "median" ? "s" : ""}.`,
    `${others.length ? `${others.join(", ")}: disc desiccation without herniation. ` : ""}Remaining levels: no herniation, canal and foramina patent.`,
    "Facet joints and paravertebral soft tissues are unremarkable.",
  ].join(" ");
  return [
    { label: "Study type", text: "MRI of the lumbar spine without contrast" },
    { label: "MRI machine", text: "Philips Intera 1.5T" },
    { label: "Age", text: `${p.ageYears} years` },
    { label: "Sex", text: p.sex === "M" ? "Male" : "Female" },
    { label: "Race", text: p.race },
    {
      label: "Complaints",
      text:
        `Low back pain for ${p.symptomMonths} month${p.symptomMonths > 1 ? "s" : ""}, radiating to ${legs}; ` +
        `numbness in the ${root} dermatome, worse when sitting and bending forward.`,
    },
    { label: "Description", text: description },
    {
      label: "Preliminary diagnosis",
      text:
        `Degenerative disc disease of the lumbar spine. Posterior ${h.side} disc ${h.kind} at ${h.level} with ${stenosis} ` +
        `central canal stenosis and ${root} radiculopathy (ICD-10 M51.1).`,
    },
    {
      label: "Recommendations",
      text:
        "Consultation with a neurologist or spine surgeon; correlate with clinical and neurological findings. " +
        "Conservative treatment and physiotherapy; follow-up MRI in 6-12 months or earlier if symptoms progress.",
    },
  ];
}
