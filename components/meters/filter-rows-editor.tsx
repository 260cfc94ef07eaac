"use client";

import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { newFilter, type FilterDraft } from "./meter-draft";

type Props = {
  /** Names each row's controls: "Filter" → "Filter 1 property"; "Rule 1 condition" → "Rule 1 condition 2 values". */
  rowLabel: string;
  rows: FilterDraft[];
  onChange: (rows: FilterDraft[]) => void;
  /** The error for a param under row `index`: `property`, `operator` or `values` (or nested, `values[2]`). */
  errorFor: (index: number, field: string) => string | undefined;
  disabled: boolean;
  max: number;
  /** At least one row (an ingest rule's conditions). */
  min?: number;
};

const OPERATORS = [
  { value: "in", label: "is one of" },
  { value: "not_in", label: "is not one of (or missing)" },
];

/** Rows of `property` in / not in `values` (a comma-separated list), all of which must match. */
export function FilterRowsEditor({ rowLabel, rows, onChange, errorFor, disabled, max, min = 0 }: Props) {
  const setRow = (index: number, row: FilterDraft) => onChange(rows.map((item, at) => (at === index ? row : item)));
  return (
    <div className="space-y-3">
      {rows.map((row, index) => {
        const label = `${rowLabel} ${index + 1}`;
        return (
          <div key={row.uid} role="group" aria-label={label} className="grid items-start gap-3 sm:grid-cols-[1fr_1fr_2fr_auto]">
            <TextField
              label={`${label} property`}
              value={row.property}
              onChange={(event) => setRow(index, { ...row, property: event.target.value })}
              placeholder="region"
              autoComplete="off"
              autoFocus={row.property === ""}
              disabled={disabled}
              error={errorFor(index, "property")}
            />
            <SelectField
              label={`${label} operator`}
              value={row.operator}
              options={OPERATORS}
              onChange={(event) => setRow(index, { ...row, operator: event.target.value as FilterDraft["operator"] })}
              disabled={disabled}
              error={errorFor(index, "operator")}
            />
            <TextField
              label={`${label} values`}
              value={row.values}
              onChange={(event) => setRow(index, { ...row, values: event.target.value })}
              placeholder="eu, us"
              hint="Comma-separated; compared as text."
              autoComplete="off"
              disabled={disabled}
              error={errorFor(index, "values")}
            />
            {!disabled && rows.length > min && (
              <Button type="button" variant="ghost" className="sm:mt-6" onClick={() => onChange(rows.filter((_, at) => at !== index))}>
                Remove <span className="sr-only">{label}</span>
              </Button>
            )}
          </div>
        );
      })}
      {!disabled && rows.length < max && (
        <Button type="button" variant="secondary" onClick={() => onChange([...rows, newFilter()])}>
          Add {rowLabel.toLowerCase()}
        </Button>
      )}
    </div>
  );
}
