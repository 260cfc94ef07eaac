"use client";

import { ActionButton } from "@/components/ui/action-button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import type { ActionResult } from "@/lib/actions/admin-action";

type Props = {
  /** e.g. "product". */
  noun: string;
  archived: boolean;
  /** What archiving means for this resource, shown in the confirmation. */
  consequence: string;
  archiveAction: () => Promise<ActionResult<unknown>>;
  unarchiveAction: () => Promise<ActionResult<unknown>>;
};

/** Archive behind a confirmation; unarchive in one click (it loses nothing). */
export function ArchiveControls({ noun, archived, consequence, archiveAction, unarchiveAction }: Props) {
  if (archived) return <ActionButton action={unarchiveAction}>Unarchive</ActionButton>;
  return <ConfirmButton label="Archive" title={`Archive this ${noun}?`} description={consequence} action={archiveAction} />;
}
