"use client";

import { useState, type FormEvent } from "react";
import { roleOptions } from "@/components/admin/roles";
import { Button } from "@/components/ui/button";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";
import { OneTimeSecret } from "@/components/ui/one-time-secret";
import { formValues, useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { RoleName } from "@/lib/schemas/common";

type Props = {
  roles: readonly RoleName[];
  inviteUserAction: (values: Record<string, string>) => Promise<ActionResult<{ acceptPath: string }>>;
};

/** Creates an invitation and shows its link once: Billow sends no email, the inviter passes the link on. */
export function InviteForm({ roles, inviteUserAction }: Props) {
  const { run, pending, fieldError, formError } = useAction(inviteUserAction, { fields: ["email", "role"] });
  const [inviteLink, setInviteLink] = useState<string>();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setInviteLink(undefined);
    run(formValues(form), ({ acceptPath }) => {
      form.reset();
      setInviteLink(new URL(acceptPath, window.location.origin).toString());
    });
  }

  return (
    <FormCard title="Invite by link" description="They choose their own name and password. The link works once and expires; see below for when." onSubmit={onSubmit}>
      <FormError message={formError} />
      <TextField label="Email" name="email" type="email" autoComplete="off" required error={fieldError("email")} />
      <SelectField label="Role" name="role" defaultValue="viewer" options={roleOptions(roles)} error={fieldError("role")} />
      <Button type="submit" pending={pending}>
        Invite
      </Button>
      {inviteLink && (
        <OneTimeSecret
          title="Invitation link"
          value={inviteLink}
          testId="invitation-link"
          warning="Send this link to the person you invited. It is shown only now: copy it before you leave this page."
          onDismiss={() => setInviteLink(undefined)}
        />
      )}
    </FormCard>
  );
}
