"use client";

import type { ActionResult } from "@/lib/actions/admin-action";
import { Button, type ButtonProps } from "./button";
import { useAction } from "./use-action";

type Props = Omit<ButtonProps, "onClick" | "pending" | "type"> & { action: () => Promise<ActionResult<unknown>> };

/** A button that runs one server action, shows it is pending, and shows the error beside it. */
export function ActionButton({ action, ...buttonProps }: Props) {
  const { run, pending, formError } = useAction(action);
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button type="button" variant="secondary" {...buttonProps} pending={pending} onClick={() => run(undefined)} />
      {formError && (
        <span role="alert" className="max-w-xs text-xs text-red-600">
          {formError}
        </span>
      )}
    </span>
  );
}
