import "server-only";
import { prisma } from "../../db/client";
import { countUsers } from "../../db/users";

/** First run: no users yet, so the setup page must create the owner. */
export async function getSetupStatus(): Promise<{ needsOwner: boolean }> {
  return { needsOwner: (await countUsers(prisma())) === 0 };
}
