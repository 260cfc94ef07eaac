"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import type { ActionResult } from "@/lib/actions/admin-action";
import { Button } from "./button";
import { FormError } from "./field";
import { useAction } from "./use-action";

type Props = {
  /** Text of both the trigger and the confirming button, e.g. "Revoke". */
  label: string;
  title: string;
  description: ReactNode;
  action: () => Promise<ActionResult<unknown>>;
};

/** A destructive action behind a confirmation dialog. */
export function ConfirmButton({ label, title, description, action }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
        {label}
      </Button>
      {/* In body, not in the table row: a dialog inside a row would make the row's buttons ambiguous. */}
      {open &&
        createPortal(<ConfirmDialog label={label} title={title} description={description} action={action} onClosed={() => setOpen(false)} />, document.body)}
    </>
  );
}

function ConfirmDialog({ label, title, description, action, onClosed }: Props & { onClosed: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const { run, pending, formError } = useAction(action);

  useEffect(() => {
    dialogRef.current?.showModal();
    cancelRef.current?.focus(); // the safe choice; Escape also cancels
  }, []);

  const close = () => dialogRef.current?.close();

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onClose={onClosed}
      className="m-auto w-full max-w-md rounded-lg bg-white p-6 shadow-xl ring-1 ring-slate-200 backdrop:bg-slate-900/40"
    >
      <h2 id={titleId} className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      <div id={descriptionId} className="mt-2 text-sm text-slate-600">
        {description}
      </div>
      <div className="mt-4">
        <FormError message={formError} />
      </div>
      <div className="mt-4 flex justify-end gap-2">
        <Button ref={cancelRef} type="button" variant="secondary" onClick={close}>
          Cancel
        </Button>
        <Button type="button" variant="danger" pending={pending} onClick={() => run(undefined, close)}>
          {label}
        </Button>
      </div>
    </dialog>
  );
}
