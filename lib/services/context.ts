// Who is acting, and when. Every door (admin pages, REST API, CLI, jobs) builds a Ctx
// and hands it to a service; services authorize from ctx.actor and take time from ctx.now.
import { randomBytes } from "node:crypto";
import type { Role } from "../db/generated/enums";
import { AppError } from "../errors";

export type Actor =
  | { type: "user"; id: string; email: string; name: string; role: Role }
  | { type: "api_key"; id: string; name: string; role: Role }
  | { type: "system"; name: string };

export type Ctx = { actor: Actor; now: Date; requestId: string };

export function newRequestId(): string {
  return `req_${randomBytes(12).toString("hex")}`;
}

export function systemCtx(name: string, now = new Date()): Ctx {
  return { actor: { type: "system", name }, now, requestId: newRequestId() };
}

export function actorRole(actor: Actor): Role {
  return actor.type === "system" ? "OWNER" : actor.role;
}

/** Viewers read; owners and admins (and the system) write. */
export function canWrite(ctx: Ctx): boolean {
  return actorRole(ctx.actor) !== "VIEWER";
}

export function assertCanWrite(ctx: Ctx): void {
  if (!canWrite(ctx)) {
    throw new AppError("forbidden", "Your role (viewer) can read but not change anything.");
  }
}

export function actorLabel(actor: Actor): string {
  switch (actor.type) {
    case "user":
      return actor.email;
    case "api_key":
      return `API key ${actor.name}`;
    case "system":
      return `system: ${actor.name}`;
  }
}
