"use client";

import type { ActionResult } from "@/lib/actions/admin-action";
import { PasswordAccountForm } from "./password-account-form";

type AcceptAction = (input: { token: string; name: string; password: string }) => Promise<ActionResult<{ email: string }>>;

export function InvitationForm({ token, email, accept }: { token: string; email: string; accept: AcceptAction }) {
  return (
    <PasswordAccountForm fixedEmail={email} submitLabel="Join" submit={({ name, password }) => accept({ token, name, password })} />
  );
}
