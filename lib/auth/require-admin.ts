import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getUserActor } from "../services/auth/get-user-actor";
import { newRequestId, type Ctx } from "../services/context";
import { getSetupStatus } from "../services/setup/get-setup-status";
import { authOptions } from "./options";

/** Context of the signed-in admin user; redirects to setup or sign-in when there is none. */
export const requireAdmin = cache(async (): Promise<Ctx & { actor: { type: "user" } }> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  const actor = userId ? await getUserActor(userId) : null;
  if (!actor) {
    if ((await getSetupStatus()).needsOwner) redirect("/setup");
    redirect(userId ? "/sign-in?error=SessionEnded" : "/sign-in");
  }
  return { actor, now: new Date(), requestId: newRequestId() };
});
