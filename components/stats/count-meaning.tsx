import { formatInt } from "@/lib/format";

// What one number in the table means. The statistics file gives one count per condition and method, and the import
// checks that they add up to the file's total (lib/dataset/csv): so each study is counted once, under one condition
// and one method. A study with several findings therefore appears under one of them only, and a condition's count
// is not "every study that shows it".
export function CountMeaning({ total, conditions }: { total: number; conditions: number }) {
  return (
    <section
      aria-labelledby="count-meaning"
      className="mt-6 rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-800"
    >
      <h2 id="count-meaning" className="font-semibold">
        What a count means
      </h2>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        The statistics file counts each study once, under one condition and one method of study: the{" "}
        {formatInt(conditions)} condition rows add up exactly to the {formatInt(total)} studies in the file. A count is
        the number of studies filed under that condition (the finding the file records for the study), not every study
        in which the condition appears; a study with several findings is counted under one of them only. Ask sales for
        multi-label counts from the radiologist reports if your cohort needs them.
      </p>
    </section>
  );
}
