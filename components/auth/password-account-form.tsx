"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, TextField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/admin-action";

type Props = {
  /** Creates the account; on success the form signs in with the same credentials. */
  submit: (input: { name: string; email?: string; password: string }) => Promise<ActionResult<{ email: string }>>;
  fixedEmail?: string;
  submitLabel: string;
};

/** Name, email and password with confirmation: used by first-run setup and by invitations. */
export function PasswordAccountForm({ submit, fixedEmail, submitLabel }: Props) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    if (password !== form.get("confirm")) {
      setErrors({ confirm: "The passwords do not match." });
      return;
    }
    setPending(true);
    setErrors({});
    setFormError(undefined);
    const result = await submit({
      name: String(form.get("name") ?? ""),
      ...(fixedEmail ? {} : { email: String(form.get("email") ?? "") }),
      password,
    });
    if (!result.ok) {
      setPending(false);
      setErrors(result.error.fieldErrors ?? {});
      if (!result.error.fieldErrors) setFormError(result.error.message);
      return;
    }
    const signedIn = await signIn("credentials", { email: result.data.email, password, redirect: false });
    router.replace(signedIn?.ok ? "/dashboard" : "/sign-in");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormError message={formError} />
      <TextField label="Your name" name="name" autoComplete="name" required autoFocus error={errors.name} />
      {fixedEmail ? (
        <TextField label="Email" name="email" type="email" value={fixedEmail} readOnly />
      ) : (
        <TextField label="Email" name="email" type="email" autoComplete="email" required error={errors.email} />
      )}
      <TextField label="Password" name="password" type="password" autoComplete="new-password" required hint="At least 12 characters." error={errors.password} />
      <TextField label="Confirm password" name="confirm" type="password" autoComplete="new-password" required error={errors.confirm} />
      <Button type="submit" pending={pending} className="w-full">
        {submitLabel}
      </Button>
    </form>
  );
}
