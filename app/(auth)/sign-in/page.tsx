import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { authOptions } from "@/lib/auth/options";
import { getSetupStatus } from "@/lib/services/setup/get-setup-status";

export const metadata = { title: "Sign in" };

/** Only same-site paths are followed after sign-in. */
function safeCallback(value: string | undefined): string {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/dashboard";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  if ((await getSetupStatus()).needsOwner) redirect("/setup");
  const { callbackUrl, error } = await searchParams;
  const session = await getServerSession(authOptions);
  if (session?.user?.id && !error) redirect(safeCallback(callbackUrl));
  return (
    <AuthCard title="Sign in to Billow">
      <SignInForm callbackUrl={safeCallback(callbackUrl)} initialError={error} />
    </AuthCard>
  );
}
