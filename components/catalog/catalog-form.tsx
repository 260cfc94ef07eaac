"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";
import { SuccessMessage } from "@/components/ui/success-message";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import { metadataLines, toCreateInput, toUpdateInput, type FieldSpec, type InitialValues } from "./form-values";

type Props = {
  title: string;
  description?: string;
  fields: FieldSpec[];
  submitLabel: string;
  successMessage: string;
  action: (input: Record<string, unknown>) => Promise<ActionResult<{ id: string }>>;
  /** Edit mode: the current values; only changed fields are sent. */
  initial?: InitialValues;
  /** Create mode: go to `${detailPath}/${id}` after saving. */
  detailPath?: string;
};

/** One form for every catalogue resource: inline errors come from the server's zod validation (the API's own schemas). */
export function CatalogForm({ title, description, fields, submitLabel, successMessage, action, initial, detailPath }: Props) {
  const router = useRouter();
  const { run, pending, fieldError, formError } = useAction(action, { fields: fields.map((field) => field.name) });
  const [clientError, setClientError] = useState<{ field: string; error: string }>();
  const [saved, setSaved] = useState(false);

  // zod paths inside metadata (`metadata.bad key`) belong to the metadata field.
  const errorFor = (name: string) => (clientError?.field === name ? clientError.error : fieldError(name));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const form = event.currentTarget;
    const values = new FormData(form);
    const result = initial ? toUpdateInput(fields, values, initial) : toCreateInput(fields, values);
    if ("error" in result) return setClientError(result);
    setClientError(undefined);
    run(result.input, (data) => {
      if (detailPath) router.push(`${detailPath}/${data.id}?saved=created`);
      else setSaved(true);
    });
  }

  return (
    <FormCard title={title} description={description} onSubmit={onSubmit}>
      <FormError message={formError && !fields.some((field) => formError.startsWith(`${field.name}.`)) ? formError : undefined} />
      {fields.map((field) => {
        const initialValue = initial?.[field.name];
        const defaultValue = typeof initialValue === "object" && initialValue !== null ? metadataLines(initialValue) : (initialValue ?? undefined);
        const common = { label: field.label, name: field.name, hint: field.hint, error: errorFor(field.name) ?? nestedError(formError, field.name), defaultValue };
        if (field.kind === "select") return <SelectField key={field.name} {...common} options={field.options ?? []} />;
        if (field.kind === "textarea" || field.kind === "metadata")
          return <TextAreaField key={field.name} {...common} placeholder={field.placeholder} spellCheck={field.kind !== "metadata"} />;
        return <TextField key={field.name} {...common} placeholder={field.placeholder} required={field.required} autoComplete="off" />;
      })}
      <div className="flex items-center gap-3">
        <Button type="submit" pending={pending}>
          {submitLabel}
        </Button>
      </div>
      <SuccessMessage message={saved && !formError ? successMessage : undefined} />
    </FormCard>
  );
}

/** The server names a nested field (`metadata.region: …`): show it under its top-level field. */
function nestedError(message: string | undefined, field: string): string | undefined {
  return message?.startsWith(`${field}.`) ? message : undefined;
}
