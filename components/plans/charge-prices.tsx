import type { PlanChargeDto } from "@/lib/schemas/plan";

type Tier = { up_to: string | null; unit_price: string; flat_fee?: string };

const label = (field: string) => field.replaceAll("_", " ");

/** A charge's price in each currency: the model's fields, and the tiers as a table. Amounts are major-unit decimals as stored. */
export function ChargePrices({ charge }: { charge: PlanChargeDto }) {
  return (
    <div className="space-y-3">
      {Object.entries(charge.prices).map(([currency, properties]) => {
        const { tiers, ...fields } = properties as { tiers?: Tier[] } & Record<string, unknown>;
        return (
          <div key={currency}>
            <div className="text-xs font-semibold uppercase text-slate-500">{currency}</div>
            {Object.keys(fields).length > 0 && (
              <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {Object.entries(fields).map(([field, value]) => (
                  <div key={field} className="flex gap-1">
                    <dt className="text-slate-500">{label(field)}</dt>
                    <dd className="tabular-nums text-slate-900">{String(value)}</dd>
                  </div>
                ))}
              </dl>
            )}
            {tiers && (
              <table className="mt-1 text-sm">
                <caption className="sr-only">
                  {charge.name} tiers in {currency}
                </caption>
                <thead className="text-xs text-slate-500">
                  <tr>
                    <th className="pr-4 text-left font-medium">Units</th>
                    <th className="pr-4 text-right font-medium">Unit price</th>
                    <th className="text-right font-medium">Flat fee</th>
                  </tr>
                </thead>
                <tbody className="tabular-nums">
                  {tiers.map((tier, index) => (
                    <tr key={index}>
                      <td className="pr-4">
                        {index === 0 ? "0" : `> ${tiers[index - 1]!.up_to}`} – {tier.up_to ?? "∞"}
                      </td>
                      <td className="pr-4 text-right">{tier.unit_price}</td>
                      <td className="text-right">{tier.flat_fee ?? "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        );
      })}
    </div>
  );
}
