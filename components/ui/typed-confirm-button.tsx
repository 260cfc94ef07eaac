"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import type { ActionResult } from "@/lib/actions/admin-action";
import { Button } from "./button";
import { FormError, TextField } from "./field";
import { useAction } from "./use-action";

type Props = {
  label: string;
  title: string;
  description: ReactNode;
  /** What the user must type to enable the confirming button (e.g. the account number). */
  phrase: string;
  action: () => Promise<ActionResult<unknown>>;
  onDone?: () => void;
};

/** An irreversible action: the user types a phrase before the confirming button works. */
export function TypedConfirmButton(props: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="button" variant="danger" onClick={() => setOpen(true)}>
        {props.label}
      </Button>
      {open && createPortal(<TypedConfirmDialog {...props} onClosed={() => setOpen(false)} />, document.body)}
    </>
  );
}

function TypedConfirmDialog({ label, title, description, phrase, action, onDone, onClosed }: Props & { onClosed: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [typed, setTyped] = useState("");
  const { run, pending, formError } = useAction(action);

  useEffect(() => {
    dialogRef.current?.showModal();
  }, []);

  const close = () => dialogRef.current?.close();
  const matches = typed.trim() === phrase;

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      onClose={onClosed}
      className="m-auto w-full max-w-md rounded-lg bg-white p-6 shadow-xl ring-1 ring-slate-200 backdrop:bg-slate-900/40"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (matches)
            run(undefined, () => {
              close();
              onDone?.();
            });
        }}
        className="space-y-4"
      >
        <h2 id={titleId} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
        <div className="text-sm text-slate-600">{description}</div>
        <TextField label={`Type ${phrase} to confirm`} name="confirmation" autoComplete="off" value={typed} onChange={(event) => setTyped(event.target.value)} autoFocus />
        <FormError message={formError} />
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" pending={pending} disabled={!matches}>
            {label}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
