// The live price list for one use: graduated bands and the minimum order. Server component.
import { formatMoney } from "@/lib/licensing/money";
import type { PriceListData } from "@/lib/licensing/pricing";
import { useLabels, type Use } from "@/lib/licensing/uses";

export function PriceTable({ list, use }: { list: PriceListData; use: Use }) {
  const prices = list.uses[use];
  return (
    <div>
      <h2 className="text-lg font-semibold">{useLabels[use]} use</h2>
      <table className="mt-3 w-full text-sm">
        <caption className="sr-only">{useLabels[use]} price per study by volume</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left dark:border-slate-800">
            <th scope="col" className="py-2 pr-4 font-medium">
              Studies
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              Price per study
            </th>
          </tr>
        </thead>
        <tbody>
          {prices.tiers.map((t, i) => {
            const next = prices.tiers[i + 1];
            return (
              <tr key={t.fromStudies} className="border-b border-slate-100 dark:border-slate-800">
                <td className="py-2 pr-4 tabular-nums">
                  {next
                    ? `${t.fromStudies.toLocaleString("en")} - ${(next.fromStudies - 1).toLocaleString("en")}`
                    : `${t.fromStudies.toLocaleString("en")} and above`}
                </td>
                <td className="py-2 text-right tabular-nums">{formatMoney(t.unitMinor, list.currency)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        Minimum order {formatMoney(prices.minimumMinor, list.currency)}. Each band is charged at its own rate.
      </p>
    </div>
  );
}
