import { LABEL_COLUMNS } from "@/lib/catalogue/labels-csv/columns";
import type { DataCard } from "@/lib/catalogue/data-card";

// Every column of the per-study labels table (the parser's own column list) with the values in use.
export function LabelSchema({ values }: { values: DataCard["values"] }) {
  const inUse: Partial<Record<string, string[]>> = {
    conditions: values.conditions,
    method: values.methods,
    sequences: values.sequences,
    manufacturer: values.manufacturers,
    model: values.models,
    race: values.races,
  };
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">Columns of the per-study labels table</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            <th scope="col" className="py-2 pr-4">
              Column
            </th>
            <th scope="col" className="py-2 pr-4">
              Meaning
            </th>
            <th scope="col" className="py-2">
              Values
            </th>
          </tr>
        </thead>
        <tbody>
          {LABEL_COLUMNS.map((c) => {
            const seen = inUse[c.header];
            return (
              <tr key={c.key} className="border-b border-slate-200 align-top dark:border-slate-800">
                <th scope="row" className="py-2 pr-4 font-mono text-xs font-semibold">
                  {c.header}
                  {c.required ? (
                    <span className="ml-1 font-sans font-normal text-slate-600 dark:text-slate-400">(required)</span>
                  ) : null}
                </th>
                <td className="py-2 pr-4">{c.meaning}</td>
                <td className="py-2">
                  {c.values}
                  {seen && seen.length > 0 ? (
                    <span className="mt-1 block text-xs text-slate-600 dark:text-slate-400">
                      In the catalogue: {seen.join(", ")}
                    </span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
