// The tier arithmetic of one cohort price, line by line, so the buyer can check the sum. Server component.
import { formatMoney } from "@/lib/licensing/money";
import type { CohortPrice } from "@/lib/licensing/pricing";

export function PriceBreakdown({ price }: { price: CohortPrice }) {
  const m = (v: number) => formatMoney(v, price.currency);
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">How the price is calculated</caption>
      <tbody>
        {price.lines.map((l) => (
          <tr key={l.fromStudy}>
            <td className="py-1 pr-3 tabular-nums">
              {l.count.toLocaleString("en")} &times; {m(l.unitMinor)}
              <span className="block text-xs text-slate-600 dark:text-slate-400">
                studies {l.fromStudy.toLocaleString("en")}-{l.toStudy.toLocaleString("en")}
              </span>
            </td>
            <td className="py-1 text-right tabular-nums">{m(l.amountMinor)}</td>
          </tr>
        ))}
        {price.minimumApplied ? (
          <tr>
            <td className="py-1 pr-3">Minimum order applies (subtotal {m(price.subtotalMinor)})</td>
            <td className="py-1 text-right tabular-nums">{m(price.minimumMinor)}</td>
          </tr>
        ) : null}
        <tr className="border-t border-slate-200 font-semibold dark:border-slate-700">
          <th scope="row" className="py-2 pr-3 text-left">
            Total, {price.termMonths}-month licence
          </th>
          <td className="py-2 text-right tabular-nums" data-testid="price-total">
            {m(price.totalMinor)}
          </td>
        </tr>
      </tbody>
    </table>
  );
}
