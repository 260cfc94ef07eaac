"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FormError, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";
import { SuccessMessage } from "@/components/ui/success-message";
import { errorUnder, useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { MeterDto } from "@/lib/schemas/meter";
import { AGGREGATION_HINTS, AGGREGATION_OPTIONS } from "./aggregation-text";
import { FilterRowsEditor } from "./filter-rows-editor";
import { IngestRulesEditor } from "./ingest-rules-editor";
import { createMeterInput, draftFromMeter, emptyMeterDraft, METER_FORM_FIELDS, updateMeterInput, type MeterDraft } from "./meter-draft";

type Props = {
  /** Edit mode: the meter as saved; only changed fields are sent (PATCH). */
  meter?: MeterDto;
  /** Edit mode: how many plan charges price the meter (its code and how it counts are then read-only). */
  chargeCount?: number;
  /** Receives the request body (the API's shape). */
  saveAction: (input: unknown) => Promise<ActionResult<MeterDto>>;
};

/** Create or edit a meter; the server validates with the API's schemas and its errors show beside their field or row. */
export function MeterForm({ meter: initialMeter, chargeCount = 0, saveAction }: Props) {
  const router = useRouter();
  const [saved, setSaved] = useState<MeterDto | undefined>(initialMeter);
  const [draft, setDraft] = useState(() => (initialMeter ? draftFromMeter(initialMeter) : emptyMeterDraft()));
  const [clientError, setClientError] = useState<{ field: string; error: string }>();
  const [justSaved, setJustSaved] = useState(false);
  const { run, pending, fieldErrors, formError } = useAction(saveAction);
  const set = <K extends keyof MeterDraft>(field: K, value: MeterDraft[K]) => setDraft((current) => ({ ...current, [field]: value }));
  const errorFor = (param: string) => (clientError?.field === param ? clientError.error : errorUnder(fieldErrors, param));
  const shownInFields = METER_FORM_FIELDS.some((field) => errorUnder(fieldErrors, field));
  const locked = chargeCount > 0;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setJustSaved(false);
    const converted = saved ? updateMeterInput(draft, saved) : createMeterInput(draft);
    if ("error" in converted) return setClientError(converted);
    setClientError(undefined);
    run(converted.input, (meter) => {
      if (!saved) return router.push(`/usage/meters/${meter.id}?saved=created`);
      setSaved(meter);
      setJustSaved(true);
      router.refresh();
    });
  }

  return (
    <FormCard
      title={initialMeter ? "Edit meter" : "New meter"}
      description="A meter counts the usage events of one name. Usage charges on plans price it."
      onSubmit={onSubmit}
    >
      {locked && (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800 ring-1 ring-inset ring-amber-200">
          {`${chargeCount} plan charge${chargeCount === 1 ? "" : "s"} price${chargeCount === 1 ? "s" : ""} this meter: its code and what it counts (event name, aggregation, property, filters, group-by, ingest rules) are read-only, so billed usage keeps its meaning. Create a new meter to count differently.`}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Code"
          value={draft.code}
          onChange={(event) => set("code", event.target.value)}
          placeholder="llm-tokens"
          hint="Lower-case letters, digits, - and _; unique."
          autoComplete="off"
          disabled={locked}
          error={errorFor("code")}
        />
        <TextField label="Name" value={draft.name} onChange={(event) => set("name", event.target.value)} placeholder="LLM tokens" autoComplete="off" error={errorFor("name")} />
        <TextField
          label="Event name"
          value={draft.event_name}
          onChange={(event) => set("event_name", event.target.value)}
          placeholder="llm.completion"
          hint="The event_name of the usage events it counts."
          autoComplete="off"
          disabled={locked}
          error={errorFor("event_name")}
        />
        <SelectField
          label="Aggregation"
          value={draft.aggregation}
          options={AGGREGATION_OPTIONS}
          onChange={(event) => set("aggregation", event.target.value as MeterDraft["aggregation"])}
          hint={AGGREGATION_HINTS[draft.aggregation]}
          disabled={locked}
          error={errorFor("aggregation")}
        />
        {draft.aggregation !== "count" && (
          <TextField
            label="Property"
            value={draft.property}
            onChange={(event) => set("property", event.target.value)}
            placeholder="tokens"
            hint={draft.aggregation === "unique_count" ? "The event property whose distinct values are counted." : "The numeric event property aggregated (a number or decimal string)."}
            autoComplete="off"
            required
            disabled={locked}
            error={errorFor("property")}
          />
        )}
        <TextField
          label="Group by"
          value={draft.group_by}
          onChange={(event) => set("group_by", event.target.value)}
          placeholder="model, region"
          hint="Up to 5 property names, comma-separated: usage is also reported per combination of their values."
          autoComplete="off"
          disabled={locked}
          error={errorFor("group_by")}
        />
      </div>
      <TextAreaField label="Description" value={draft.description} onChange={(event) => set("description", event.target.value)} error={errorFor("description")} />
      <FormSection title="Filters" description="Only events matching all the filters count." error={errorFor("filters") && !draft.filters.some((_, index) => errorFor(`filters[${index}]`)) ? errorFor("filters") : undefined}>
        <FilterRowsEditor
          rowLabel="Filter"
          rows={draft.filters}
          onChange={(filters) => set("filters", filters)}
          errorFor={(index, field) => errorFor(`filters[${index}].${field}`)}
          disabled={locked}
          max={20}
        />
      </FormSection>
      <FormSection
        title="Ingest rules"
        description="Noisy sources this meter ignores: with keep rules it keeps only matching events; a drop rule drops events matching all its conditions."
        error={errorFor("ingest_rules") && !draft.ingest_rules.some((_, index) => errorFor(`ingest_rules[${index}]`)) ? errorFor("ingest_rules") : undefined}
      >
        <IngestRulesEditor rules={draft.ingest_rules} onChange={(rules) => set("ingest_rules", rules)} errorUnder={(suffix) => errorFor(`ingest_rules${suffix}`)} disabled={locked} />
      </FormSection>
      <TextAreaField
        label="Metadata"
        value={draft.metadata}
        onChange={(event) => set("metadata", event.target.value)}
        placeholder={"team=ai\nsource=gateway"}
        hint="One key=value per line."
        spellCheck={false}
        error={errorFor("metadata")}
      />
      <FormError message={shownInFields ? undefined : formError} />
      <Button type="submit" pending={pending}>
        {saved ? "Save changes" : "Create meter"}
      </Button>
      <SuccessMessage message={justSaved && !formError ? "Meter saved." : undefined} />
    </FormCard>
  );
}

function FormSection({ title, description, error, children }: { title: string; description: string; error?: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-slate-900">{title}</legend>
      <p className="text-sm text-slate-600">{description}</p>
      {error && (
        <p role="alert" className="text-sm text-red-600">
          {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}
