import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { SignOutButton } from "@/components/auth/sign-out-button";

export const metadata = { title: "Sign out" };

export default function SignOutPage() {
  return (
    <AuthCard title="Sign out" subtitle="You will need your password to come back.">
      <div className="space-y-3">
        <SignOutButton />
        <Link href="/dashboard" className="block text-center text-sm text-slate-600 hover:text-slate-900">
          Cancel
        </Link>
      </div>
    </AuthCard>
  );
}
