import type { Role } from "./generated/enums";
import type { Db } from "./types";

const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabledAt: true,
  lastSignInAt: true,
  createdAt: true,
} as const;

export type UserRow = {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabledAt: Date | null;
  lastSignInAt: Date | null;
  createdAt: Date;
};

export const countUsers = (db: Db) => db.user.count();

export const findUserById = (db: Db, id: string): Promise<UserRow | null> =>
  db.user.findUnique({ where: { id }, select: userSelect });

export const findUserByEmail = (db: Db, email: string): Promise<UserRow | null> =>
  db.user.findUnique({ where: { email }, select: userSelect });

export const findUserCredentials = (db: Db, email: string) =>
  db.user.findUnique({ where: { email }, select: { ...userSelect, passwordHash: true } });

export const listUsers = (db: Db): Promise<UserRow[]> =>
  db.user.findMany({ select: userSelect, orderBy: { createdAt: "asc" } });

export const insertUser = (
  db: Db,
  data: { id: string; email: string; name: string; role: Role; passwordHash: string; createdAt: Date },
): Promise<UserRow> => db.user.create({ data, select: userSelect });

export const updateUser = (
  db: Db,
  id: string,
  data: Partial<{ role: Role; disabledAt: Date | null; lastSignInAt: Date; name: string; passwordHash: string }>,
): Promise<UserRow> => db.user.update({ where: { id }, data, select: userSelect });

export const countActiveOwners = (db: Db) => db.user.count({ where: { role: "OWNER", disabledAt: null } });
