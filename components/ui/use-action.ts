import { useState, useTransition } from "react";
import type { ActionError, ActionResult } from "@/lib/actions/admin-action";

type Options<Input> = {
  /** The fields the form shows; errors for other fields are shown as a form-level message. */
  fields?: readonly string[];
  /** Called inside the transition before the action runs: a useOptimistic setter. */
  optimistic?: (input: Input) => void;
};

/**
 * Runs a server action in a transition and keeps its last error: `fieldError(name)` for the
 * message next to a field, `formError` for everything the form cannot show next to a field.
 */
export function useAction<Input, Data>(action: (input: Input) => Promise<ActionResult<Data>>, { fields = [], optimistic }: Options<Input> = {}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ActionError>();

  function run(input: Input, onSuccess?: (data: Data) => void) {
    startTransition(async () => {
      optimistic?.(input);
      const result = await action(input);
      if (result.ok) {
        setError(undefined);
        onSuccess?.(result.data);
      } else {
        setError(result.error);
      }
    });
  }

  const shownInFields = fields.some((field) => error?.fieldErrors?.[field]);
  return {
    run,
    pending,
    fieldError: (field: string) => error?.fieldErrors?.[field],
    /** Every field error by param (`filters[0].values`), for forms whose rows read errors under a prefix. */
    fieldErrors: error?.fieldErrors,
    formError: error && !shownInFields ? error.message : undefined,
  };
}

/** A form's named controls as strings; the server action validates them with the shared zod schema. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) if (typeof value === "string") values[name] = value;
  return values;
}

/** The first error at `param` or nested under it (`filters[0]` → `filters[0].values[2]`), for a row of a form. */
export function errorUnder(fieldErrors: Record<string, string> | undefined, param: string): string | undefined {
  if (!fieldErrors) return undefined;
  const key = Object.keys(fieldErrors).find((candidate) => candidate === param || candidate.startsWith(`${param}.`) || candidate.startsWith(`${param}[`));
  return key === undefined ? undefined : fieldErrors[key];
}
