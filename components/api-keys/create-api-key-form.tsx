"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";
import { OneTimeSecret } from "@/components/ui/one-time-secret";
import { formValues, useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import { qk } from "@/lib/query/keys";
import type { CreatedApiKeyDto } from "@/lib/schemas/api-key";

const KEY_ROLE_OPTIONS = [
  { value: "admin", label: "Admin: read and write" },
  { value: "viewer", label: "Viewer: read only" },
];

export function CreateApiKeyForm({ createApiKeyAction }: { createApiKeyAction: (values: Record<string, string>) => Promise<ActionResult<CreatedApiKeyDto>> }) {
  const { run, pending, fieldError, formError } = useAction(createApiKeyAction, { fields: ["name", "role"] });
  const [secret, setSecret] = useState<string>();
  const queryClient = useQueryClient();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setSecret(undefined);
    run(formValues(form), (created) => {
      form.reset();
      void queryClient.invalidateQueries({ queryKey: qk.apiKeys.all });
      setSecret(created.secret);
    });
  }

  return (
    <FormCard title="Create API key" description="For a server or script that calls the REST API. Name it after where it will live." onSubmit={onSubmit}>
      <FormError message={formError} />
      <TextField label="Name" name="name" placeholder="production backend" autoComplete="off" required error={fieldError("name")} />
      <SelectField label="Role" name="role" defaultValue="admin" options={KEY_ROLE_OPTIONS} error={fieldError("role")} />
      <Button type="submit" pending={pending}>
        Create API key
      </Button>
      {secret && (
        <OneTimeSecret
          title="Your new API key"
          value={secret}
          testId="new-api-key-secret"
          warning="Copy it now and keep it somewhere safe: it will not be shown again. Billow stores only a digest of it."
          onDismiss={() => setSecret(undefined)}
        />
      )}
    </FormCard>
  );
}
