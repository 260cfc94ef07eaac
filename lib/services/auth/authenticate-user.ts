import "server-only";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "../../auth/password";
import { prisma } from "../../db/client";
import { countRecentFailures, insertSignInAttempt, oldestRecentFailure } from "../../db/sign-in-attempts";
import { findUserCredentials, updateUser } from "../../db/users";
import { AppError } from "../../errors";
import { emailSchema } from "../../schemas/common";
import type { UserDto } from "../../schemas/team";
import { toUserDto } from "../dto";

/** Brute-force limits: failures counted over a sliding window, per email and per client address. */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 20;

const INVALID = "Wrong email or password.";

export async function authenticateUser(input: { email: string; password: string; ip: string; now?: Date }): Promise<UserDto> {
  const now = input.now ?? new Date();
  const parsedEmail = emailSchema.safeParse(input.email);
  if (!parsedEmail.success || !input.password) throw new AppError("unauthenticated", INVALID);
  const email = parsedEmail.data;
  const db = prisma();
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);

  const failures = await countRecentFailures(db, { email, ip: input.ip, since });
  const emailLimited = failures.byEmail >= MAX_FAILURES_PER_EMAIL;
  const ipLimited = failures.byIp >= MAX_FAILURES_PER_IP;
  if (emailLimited || ipLimited) {
    // A limit lifts when its oldest counted failure leaves the window; wait for every limit hit.
    const oldest = await Promise.all([
      ...(emailLimited ? [oldestRecentFailure(db, { email, since })] : []),
      ...(ipLimited ? [oldestRecentFailure(db, { ip: input.ip, since })] : []),
    ]);
    const retryAt = Math.max(...oldest.map((row) => (row?.createdAt.getTime() ?? now.getTime()) + SIGN_IN_WINDOW_MS));
    const minutes = Math.max(1, Math.ceil((retryAt - now.getTime()) / 60_000));
    throw new AppError("rate_limited", `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }

  const user = await findUserCredentials(db, email);
  // Verify even for unknown emails so response time does not reveal which accounts exist.
  const valid = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
  const succeeded = Boolean(user && valid && !user.disabledAt);
  await insertSignInAttempt(db, { email, ip: input.ip, succeeded, createdAt: now });
  if (!user || !succeeded) {
    throw new AppError("unauthenticated", user?.disabledAt && valid ? "This account is disabled. Ask an owner to enable it." : INVALID);
  }
  return toUserDto(await updateUser(db, user.id, { lastSignInAt: now }));
}
