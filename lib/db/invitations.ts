import type { Role } from "./generated/enums";
import type { Db } from "./types";

const invitationSelect = {
  id: true,
  email: true,
  role: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
  createdAt: true,
  invitedBy: { select: { email: true } },
} as const;

export const insertInvitation = (
  db: Db,
  data: { id: string; email: string; role: Role; tokenHash: string; invitedById: string; expiresAt: Date; createdAt: Date },
) => db.invitation.create({ data, select: invitationSelect });

export const findInvitationByTokenHash = (db: Db, tokenHash: string) =>
  db.invitation.findUnique({ where: { tokenHash }, select: invitationSelect });

export const findInvitationById = (db: Db, id: string) =>
  db.invitation.findUnique({ where: { id }, select: invitationSelect });

export const listPendingInvitations = (db: Db, now: Date) =>
  db.invitation.findMany({
    where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: invitationSelect,
    orderBy: { createdAt: "desc" },
  });

export const updateInvitation = (db: Db, id: string, data: { acceptedAt?: Date; revokedAt?: Date }) =>
  db.invitation.update({ where: { id }, data, select: invitationSelect });
