"use client";

import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { CHARGE_MODELS, type ChargeModelName } from "@/lib/schemas/charge-model";
import type { MeterChoice } from "@/lib/schemas/meter";
import { emptyPrice, type ChargeDraft, type PriceDraft } from "./plan-draft";
import { PriceEditor } from "./price-editor";

type Props = {
  index: number;
  charge: ChargeDraft;
  currencies: string[];
  /** Meters a usage charge may price (active ones, plus the plan's current ones). */
  meters: MeterChoice[];
  onChange: (charge: ChargeDraft) => void;
  onRemove: () => void;
  /** The error for a param under this charge: `key`, `prices.EUR.tiers[1].up_to`. */
  errorFor: (suffix: string) => string | undefined;
};

const MODEL_LABELS: Record<ChargeModelName, string> = {
  flat: "Flat",
  per_unit: "Per unit",
  per_seat: "Per seat",
  graduated: "Graduated (tiered)",
  volume: "Volume (tiered)",
  package: "Package",
  percentage: "Percentage",
};
const KIND_OPTIONS = [
  { value: "recurring", label: "Recurring" },
  { value: "usage", label: "Usage" },
  { value: "one_time", label: "One-time" },
];
const TRIGGER_OPTIONS = [
  { value: "", label: "At subscription start" },
  { value: "trial_end", label: "At trial end" },
  { value: "checkout_payment", label: "At checkout payment" },
];

/** One charge: identity, kind, model and its price in every plan currency. */
export function ChargeEditor({ index, charge, currencies, meters, onChange, onRemove, errorFor }: Props) {
  const set = <K extends keyof ChargeDraft>(field: K, value: ChargeDraft[K]) => onChange({ ...charge, [field]: value });
  const setPrice = (currency: string, price: PriceDraft) => set("prices", { ...charge.prices, [currency]: price });
  const title = charge.name || `Charge ${index + 1}`;
  return (
    <fieldset className="space-y-4 rounded-md p-4 ring-1 ring-slate-200">
      <legend className="px-1 text-sm font-semibold text-slate-900">{title}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Charge name" value={charge.name} onChange={(event) => set("name", event.target.value)} error={errorFor("name")} />
        <TextField label="Charge key" value={charge.key} onChange={(event) => set("key", event.target.value)} placeholder="api_calls" hint="Lower case slug, stable across versions." error={errorFor("key")} />
        <SelectField label="Kind" value={charge.kind} options={KIND_OPTIONS} onChange={(event) => set("kind", event.target.value as ChargeDraft["kind"])} error={errorFor("kind")} />
        <SelectField
          label="Pricing model"
          value={charge.model}
          options={CHARGE_MODELS.map((model) => ({ value: model, label: MODEL_LABELS[model] }))}
          onChange={(event) => set("model", event.target.value as ChargeModelName)}
          error={errorFor("model")}
        />
        {charge.kind === "usage" && (
          <SelectField
            label="Meter"
            value={charge.meter_id}
            options={[{ value: "", label: meters.length ? "Choose a meter" : "No active meter: create one under Usage → Meters" }, ...meters.map((meter) => ({ value: meter.id, label: meter.label }))]}
            onChange={(event) => set("meter_id", event.target.value)}
            error={errorFor("meter_id")}
          />
        )}
        {charge.kind === "one_time" && (
          <SelectField label="Billed" value={charge.trigger} options={TRIGGER_OPTIONS} onChange={(event) => set("trigger", event.target.value)} error={errorFor("trigger")} />
        )}
        {charge.kind !== "usage" && (
          <TextField
            label="Default quantity"
            inputMode="decimal"
            value={charge.default_quantity}
            placeholder="1"
            onChange={(event) => set("default_quantity", event.target.value)}
            error={errorFor("default_quantity")}
          />
        )}
        <label className="flex items-center gap-2 self-end text-sm text-slate-700">
          <input type="checkbox" checked={charge.add_on} onChange={(event) => set("add_on", event.target.checked)} className="size-4 rounded border-slate-300" />
          Optional add-on
        </label>
      </div>
      {currencies.map((currency) => (
        <PriceEditor
          key={currency}
          model={charge.model}
          currency={currency}
          price={charge.prices[currency] ?? emptyPrice()}
          onChange={(price) => setPrice(currency, price)}
          errorFor={(suffix) => errorFor(suffix ? `prices.${currency}.${suffix}` : `prices.${currency}`)}
        />
      ))}
      <Button type="button" variant="secondary" onClick={onRemove}>
        Remove charge {index + 1}
      </Button>
    </fieldset>
  );
}
