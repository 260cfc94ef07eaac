import "server-only";
import { prisma } from "../../db/client";
import { findUserById } from "../../db/users";
import type { Actor } from "../context";

/** The signed-in user as an actor, read fresh so role changes and disabling apply at once. */
export async function getUserActor(userId: string): Promise<Extract<Actor, { type: "user" }> | null> {
  const user = await findUserById(prisma(), userId);
  if (!user || user.disabledAt) return null;
  return { type: "user", id: user.id, email: user.email, name: user.name, role: user.role };
}
