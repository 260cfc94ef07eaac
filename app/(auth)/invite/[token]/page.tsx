import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { InvitationForm } from "@/components/auth/invitation-form";
import { findOpenInvitation } from "@/lib/services/team/accept-invitation";
import { acceptInvitationAction } from "./actions";

export const metadata = { title: "Join Billow" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findOpenInvitation(token, new Date());
  if (!invitation) {
    return (
      <AuthCard title="Invitation not valid" subtitle="It may have expired, been used or been revoked. Ask for a new one.">
        <Link href="/sign-in" className="text-sm font-semibold text-brand-700">
          Go to sign-in
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Join Billow" subtitle={`You are invited as ${invitation.role}. Choose your name and password.`}>
      <InvitationForm token={token} email={invitation.email} accept={acceptInvitationAction} />
    </AuthCard>
  );
}
