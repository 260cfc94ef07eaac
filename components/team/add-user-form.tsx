"use client";

import { useState, type FormEvent } from "react";
import { roleOptions } from "@/components/admin/roles";
import { Button } from "@/components/ui/button";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";
import { SuccessMessage } from "@/components/ui/success-message";
import { formValues, useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { RoleName } from "@/lib/schemas/common";
import type { UserDto } from "@/lib/schemas/team";

type Props = {
  roles: readonly RoleName[];
  addUserAction: (values: Record<string, string>) => Promise<ActionResult<UserDto>>;
};

/** Creates an account with a password the admin hands over; for people who cannot receive an invitation link. */
export function AddUserForm({ roles, addUserAction }: Props) {
  const { run, pending, fieldError, formError } = useAction(addUserAction, { fields: ["name", "email", "role", "password"] });
  const [added, setAdded] = useState<string>();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setAdded(undefined);
    run(formValues(form), (user) => {
      form.reset();
      setAdded(`Added ${user.email} as ${user.role}.`);
    });
  }

  return (
    <FormCard title="Add user" description="Create an account with a password you share with them." onSubmit={onSubmit}>
      <FormError message={formError} />
      <SuccessMessage message={added} />
      <TextField label="Name" name="name" autoComplete="off" required error={fieldError("name")} />
      <TextField label="Email" name="email" type="email" autoComplete="off" required error={fieldError("email")} />
      <SelectField label="Role" name="role" defaultValue="viewer" options={roleOptions(roles)} error={fieldError("role")} />
      <TextField label="Password" name="password" type="password" autoComplete="new-password" required hint="At least 12 characters." error={fieldError("password")} />
      <Button type="submit" pending={pending}>
        Add user
      </Button>
    </FormCard>
  );
}
