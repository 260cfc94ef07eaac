"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormError, TextField } from "@/components/ui/field";
import { formValues, useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";

type Result = Promise<ActionResult<unknown>>;
export type EditableLine = { id: string; description: string; quantity: string; unitAmount: string | null; manual: boolean };

/** The line fields as the forms send them; "No tax" sends an empty tax rate list. */
function lineInput(form: HTMLFormElement) {
  const { no_tax: noTax, ...values } = formValues(form);
  const input: Record<string, unknown> = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ""));
  if (noTax) input.tax_rate_ids = [];
  return input;
}

const LINE_FIELDS = ["description", "quantity", "unit_amount", "tax_rate_ids"];

/** A draft's manual lines: add, change, remove; the totals are recomputed on the server after each change. */
export function DraftLinesEditor({
  lines,
  currency,
  add,
  update,
  remove,
}: {
  lines: EditableLine[];
  currency: string;
  add: (input: unknown) => Result;
  update: (lineId: string, input: unknown) => Result;
  remove: (lineId: string) => Result;
}) {
  const [editing, setEditing] = useState<string>();
  return (
    <div className="space-y-4">
      <ul className="divide-y divide-slate-100 rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        {lines.map((line) => (
          <li key={line.id} className="flex flex-wrap items-center gap-3 px-4 py-3 text-sm">
            {editing === line.id ? (
              <LineForm
                title={`Edit “${line.description}”`}
                currency={currency}
                defaults={line}
                submitLabel="Save line"
                submit={(input) => update(line.id, input)}
                onDone={() => setEditing(undefined)}
              />
            ) : (
              <>
                <span className="flex-1 text-slate-900">{line.description}</span>
                {line.manual ? (
                  <>
                    <Button type="button" variant="ghost" onClick={() => setEditing(line.id)}>
                      Edit<span className="sr-only"> {line.description}</span>
                    </Button>
                    <ConfirmButton label={`Remove ${line.description}`} title="Remove this line?" description={`“${line.description}” is removed from the draft.`} action={() => remove(line.id)} />
                  </>
                ) : (
                  <span className="text-xs text-slate-500">From the subscription</span>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      <LineForm title="Add a line" currency={currency} submitLabel="Add line" submit={add} />
    </div>
  );
}

function LineForm({
  title,
  currency,
  defaults,
  submitLabel,
  submit,
  onDone,
}: {
  title: string;
  currency: string;
  defaults?: EditableLine;
  submitLabel: string;
  submit: (input: unknown) => Result;
  onDone?: () => void;
}) {
  const { run, pending, fieldError, formError } = useAction(submit, { fields: LINE_FIELDS });
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    run(lineInput(form), () => {
      form.reset();
      onDone?.();
    });
  }
  return (
    <form aria-label={title} onSubmit={onSubmit} noValidate className="w-full space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
      <div className="grid gap-3 sm:grid-cols-4">
        <div className="sm:col-span-2">
          <TextField label="Description" name="description" defaultValue={defaults?.description} required error={fieldError("description")} />
        </div>
        <TextField label="Quantity" name="quantity" inputMode="decimal" defaultValue={defaults?.quantity ?? "1"} error={fieldError("quantity")} />
        <TextField label={`Unit price (${currency})`} name="unit_amount" inputMode="decimal" defaultValue={defaults?.unitAmount ?? ""} required error={fieldError("unit_amount")} />
      </div>
      {!defaults && (
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" name="no_tax" value="1" className="rounded border-slate-300" /> No tax (otherwise the customer&apos;s tax rates)
        </label>
      )}
      <FormError message={formError ?? fieldError("tax_rate_ids")} />
      <div className="flex gap-2">
        {onDone && (
          <Button type="button" variant="secondary" onClick={onDone}>
            Cancel
          </Button>
        )}
        <Button type="submit" pending={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
