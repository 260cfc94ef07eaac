"use client";

import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import type { FeatureChoice } from "@/lib/schemas/plan";
import { newFeatureGrant, type FeatureGrantDraft } from "./plan-draft";

type Props = {
  grants: FeatureGrantDraft[];
  features: FeatureChoice[];
  onChange: (grants: FeatureGrantDraft[]) => void;
  /** The error for a param under `features`: `[0].limit`. */
  errorFor: (suffix: string) => string | undefined;
};

/** The features the plan grants; limit features take a quantity (empty = unlimited). */
export function FeatureGrantsEditor({ grants, features, onChange, errorFor }: Props) {
  const update = (index: number, grant: FeatureGrantDraft) => onChange(grants.map((item, at) => (at === index ? grant : item)));
  const options = [{ value: "", label: "Choose a feature" }, ...features.filter((feature) => !feature.archived).map((feature) => ({ value: feature.id, label: feature.label }))];
  return (
    <div className="space-y-3">
      <h3 className="text-base font-semibold text-slate-900">Features</h3>
      {grants.length === 0 && <p className="text-sm text-slate-500">This plan grants no features.</p>}
      {grants.map((grant, index) => {
        const feature = features.find((item) => item.id === grant.feature_id);
        return (
          <div key={grant.uid} className="flex flex-wrap items-end gap-3">
            <div className="min-w-64">
              <SelectField
                label={`Feature ${index + 1}`}
                value={grant.feature_id}
                options={feature?.archived ? [...options, { value: feature.id, label: `${feature.label} (archived)` }] : options}
                onChange={(event) => update(index, { ...grant, feature_id: event.target.value, limit: "" })}
                error={errorFor(`[${index}].feature_id`)}
              />
            </div>
            {feature?.type === "limit" && (
              <TextField
                label={`Feature ${index + 1} limit`}
                inputMode="decimal"
                placeholder="unlimited"
                value={grant.limit}
                onChange={(event) => update(index, { ...grant, limit: event.target.value })}
                error={errorFor(`[${index}].limit`)}
              />
            )}
            <Button type="button" variant="ghost" onClick={() => onChange(grants.filter((_, at) => at !== index))}>
              Remove feature {index + 1}
            </Button>
          </div>
        );
      })}
      <Button type="button" variant="secondary" onClick={() => onChange([...grants, newFeatureGrant()])} disabled={features.length === 0}>
        Add feature
      </Button>
    </div>
  );
}
