import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { PasswordAccountForm } from "@/components/auth/password-account-form";
import { getSetupStatus } from "@/lib/services/setup/get-setup-status";
import { createOwnerAction } from "./actions";

export const metadata = { title: "Set up Billow" };

export default async function SetupPage() {
  if (!(await getSetupStatus()).needsOwner) redirect("/sign-in");
  return (
    <AuthCard title="Welcome to Billow" subtitle="Create the owner account. You can invite your team afterwards.">
      <PasswordAccountForm submit={createOwnerAction} submitLabel="Create owner account" />
    </AuthCard>
  );
}
