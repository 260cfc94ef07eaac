"use client";

import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FilterRowsEditor } from "./filter-rows-editor";
import { newIngestRule, type IngestRuleDraft } from "./meter-draft";

type Props = {
  rules: IngestRuleDraft[];
  onChange: (rules: IngestRuleDraft[]) => void;
  /** The error at a param under `ingest_rules` (`[0].conditions[1].values`), or nested under it. */
  errorUnder: (suffix: string) => string | undefined;
  disabled: boolean;
};

const ACTIONS = [
  { value: "drop", label: "Drop events matching all conditions" },
  { value: "keep", label: "Keep only events matching (any keep rule)" },
];

/** Keep/drop rules over the meter's incoming events, each with its conditions. */
export function IngestRulesEditor({ rules, onChange, errorUnder, disabled }: Props) {
  const setRule = (index: number, rule: IngestRuleDraft) => onChange(rules.map((item, at) => (at === index ? rule : item)));
  return (
    <div className="space-y-3">
      {rules.map((rule, index) => {
        const label = `Rule ${index + 1}`;
        const conditionsError = errorUnder(`[${index}].conditions`);
        return (
          <fieldset key={rule.uid} className="space-y-3 rounded-md p-3 ring-1 ring-slate-200">
            <legend className="px-1 text-sm font-medium text-slate-900">{label}</legend>
            <div className="flex flex-wrap items-end gap-3">
              <SelectField
                label={`${label} action`}
                value={rule.action}
                options={ACTIONS}
                onChange={(event) => setRule(index, { ...rule, action: event.target.value as IngestRuleDraft["action"] })}
                disabled={disabled}
                error={errorUnder(`[${index}].action`)}
              />
              {!disabled && (
                <Button type="button" variant="ghost" onClick={() => onChange(rules.filter((_, at) => at !== index))}>
                  Remove <span className="sr-only">{label.toLowerCase()}</span>
                </Button>
              )}
            </div>
            {conditionsError && !rule.conditions.some((_, at) => errorUnder(`[${index}].conditions[${at}]`)) && (
              <p role="alert" className="text-sm text-red-600">
                {conditionsError}
              </p>
            )}
            <FilterRowsEditor
              rowLabel={`${label} condition`}
              rows={rule.conditions}
              onChange={(conditions) => setRule(index, { ...rule, conditions })}
              errorFor={(at, field) => errorUnder(`[${index}].conditions[${at}].${field}`)}
              disabled={disabled}
              max={10}
              min={1}
            />
          </fieldset>
        );
      })}
      {!disabled && rules.length < 10 && (
        <Button type="button" variant="secondary" onClick={() => onChange([...rules, newIngestRule()])}>
          Add ingest rule
        </Button>
      )}
    </div>
  );
}
