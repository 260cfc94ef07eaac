"use client";

import { Button } from "@/components/ui/button";
import { newTier, type TierDraft } from "./plan-draft";

type Props = {
  label: string;
  tiers: TierDraft[];
  onChange: (tiers: TierDraft[]) => void;
  /** The error for a tier field, by its param suffix: `tiers[1].up_to`. */
  errorFor: (suffix: string) => string | undefined;
};

const inputClass =
  "block w-full rounded-md border-0 px-2 py-1.5 text-sm text-slate-900 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600 aria-[invalid=true]:ring-red-500";

/** Rows of tiers: up to (inclusive, empty = open-ended on the last row), unit price, flat fee. */
export function TierEditor({ label, tiers, onChange, errorFor }: Props) {
  const update = (index: number, field: keyof TierDraft, value: string) => onChange(tiers.map((tier, at) => (at === index ? { ...tier, [field]: value } : tier)));
  const tiersError = errorFor("tiers");
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-700">{label}</legend>
      {tiersError && (
        <p role="alert" className="text-sm text-red-600">
          {tiersError}
        </p>
      )}
      <table className="w-full text-sm">
        <thead className="text-xs text-slate-500">
          <tr>
            <th className="pb-1 text-left font-medium">Tier</th>
            <th className="pb-1 text-left font-medium">Up to (units)</th>
            <th className="pb-1 text-left font-medium">Unit price</th>
            <th className="pb-1 text-left font-medium">Flat fee</th>
            <th className="pb-1">
              <span className="sr-only">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tiers.map((tier, index) => {
            const fields = (["up_to", "unit_price", "flat_fee"] as const).map((field) => ({ field, error: errorFor(`tiers[${index}].${field}`) }));
            return (
              <tr key={index} className="align-top">
                <td className="py-1 pr-2 text-slate-500">{index + 1}</td>
                {fields.map(({ field, error }) => {
                  const name = `${label} tier ${index + 1} ${field === "up_to" ? "up to" : field.replace("_", " ")}`;
                  return (
                    <td key={field} className="py-1 pr-2">
                      <input
                        aria-label={name}
                        aria-invalid={Boolean(error)}
                        inputMode="decimal"
                        placeholder={field === "up_to" ? (index === tiers.length - 1 ? "∞ (empty)" : "100") : field === "flat_fee" ? "optional" : "0.10"}
                        value={tier[field]}
                        onChange={(event) => update(index, field, event.target.value)}
                        className={inputClass}
                      />
                      {error && (
                        <p role="alert" className="mt-1 text-xs text-red-600">
                          {error}
                        </p>
                      )}
                    </td>
                  );
                })}
                <td className="py-1">
                  <Button
                    type="button"
                    variant="ghost"
                    aria-label={`Remove ${label} tier ${index + 1}`}
                    disabled={tiers.length === 1}
                    onClick={() => onChange(tiers.filter((_, at) => at !== index))}
                  >
                    ✕
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="text-xs text-slate-500">Bounds are inclusive and must ascend; leave the last tier&apos;s “up to” empty so every quantity has a price.</p>
      <Button type="button" variant="secondary" onClick={() => onChange([...tiers, newTier()])}>
        Add tier
      </Button>
    </fieldset>
  );
}
