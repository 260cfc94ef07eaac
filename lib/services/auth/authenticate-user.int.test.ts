import { beforeEach, describe, expect, test } from "vitest";
import { prisma } from "../../db/client";
import { expectAppError } from "../../testing/assertions";
import { createTestUser } from "../../testing/factories";
import { resetDb } from "../../testing/reset-db";
import { authenticateUser, MAX_FAILURES_PER_EMAIL, MAX_FAILURES_PER_IP, SIGN_IN_WINDOW_MS } from "./authenticate-user";

beforeEach(resetDb);

const MINUTE = 60_000;
const t0 = new Date("2026-05-04T08:00:00.000Z");
const plus = (ms: number) => new Date(t0.getTime() + ms);
const WRONG = "Wrong email or password.";
const PASSWORD = "a long and secret password";

const attempts = () =>
  prisma().signInAttempt.findMany({ orderBy: { id: "asc" }, select: { email: true, ip: true, succeeded: true, createdAt: true } });

describe("authenticateUser", () => {
  test("signs in with the right password (email case and spaces ignored) and records the sign-in", async () => {
    const { user } = await createTestUser({ role: "admin", email: "ada@example.com", password: PASSWORD });

    const signedIn = await authenticateUser({ email: "  ADA@Example.com ", password: PASSWORD, ip: "10.0.0.1", now: t0 });

    expect(signedIn).toMatchObject({ id: user.id, email: "ada@example.com", role: "admin", last_sign_in_at: t0.toISOString() });
    expect((await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toEqual(t0);
    expect(await attempts()).toEqual([{ email: "ada@example.com", ip: "10.0.0.1", succeeded: true, createdAt: t0 }]);
  });

  test("a wrong password and an unknown email fail with the same message, and both count as failures", async () => {
    const { user } = await createTestUser({ role: "admin", email: "ada@example.com", password: PASSWORD });

    await expectAppError(authenticateUser({ email: "ada@example.com", password: "not the password", ip: "10.0.0.1", now: t0 }), "unauthenticated", WRONG);
    await expectAppError(authenticateUser({ email: "nobody@example.com", password: PASSWORD, ip: "10.0.0.1", now: t0 }), "unauthenticated", WRONG);
    await expectAppError(authenticateUser({ email: "ada@example.com", password: "", ip: "10.0.0.1", now: t0 }), "unauthenticated", WRONG);
    await expectAppError(authenticateUser({ email: "not an email", password: PASSWORD, ip: "10.0.0.1", now: t0 }), "unauthenticated", WRONG);

    expect((await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toBeNull();
    expect(await attempts()).toEqual([
      { email: "ada@example.com", ip: "10.0.0.1", succeeded: false, createdAt: t0 },
      { email: "nobody@example.com", ip: "10.0.0.1", succeeded: false, createdAt: t0 },
    ]);
  });

  test("a disabled user is refused; only the right password reveals that the account is disabled", async () => {
    const { user } = await createTestUser({ role: "admin", email: "off@example.com", password: PASSWORD, disabled: true });

    await expectAppError(
      authenticateUser({ email: "off@example.com", password: PASSWORD, ip: "10.0.0.1", now: t0 }),
      "unauthenticated",
      "This account is disabled. Ask an owner to enable it.",
    );
    await expectAppError(authenticateUser({ email: "off@example.com", password: "guess guess guess", ip: "10.0.0.1", now: t0 }), "unauthenticated", WRONG);

    expect((await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toBeNull();
    expect((await attempts()).map((attempt) => attempt.succeeded)).toEqual([false, false]);
  });

  test(`after ${MAX_FAILURES_PER_EMAIL} failures for an email even the right password is rate limited until the window slides past`, async () => {
    const { user } = await createTestUser({ role: "admin", email: "ada@example.com", password: PASSWORD });
    await createTestUser({ role: "viewer", email: "bob@example.com", password: PASSWORD });

    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      // mixed case and several addresses: the limit is per (normalised) email
      await expectAppError(
        authenticateUser({ email: i % 2 ? "ADA@example.com" : "ada@example.com", password: `wrong ${i}`, ip: `10.0.0.${i}`, now: plus(i * MINUTE) }),
        "unauthenticated",
        WRONG,
      );
    }

    // the oldest counted failure is at t0, so the email is free again after t0 + 15 min
    await expectAppError(
      authenticateUser({ email: "ada@example.com", password: PASSWORD, ip: "10.9.9.9", now: plus(5 * MINUTE) }),
      "rate_limited",
      "Too many failed sign-in attempts. Try again in 10 minutes.",
    );
    await expectAppError(
      authenticateUser({ email: "ada@example.com", password: PASSWORD, ip: "10.0.0.1", now: plus(SIGN_IN_WINDOW_MS - 30_000) }),
      "rate_limited",
      "Too many failed sign-in attempts. Try again in 1 minute.",
    );
    await expectAppError(
      authenticateUser({ email: "ada@example.com", password: PASSWORD, ip: "10.0.0.1", now: plus(SIGN_IN_WINDOW_MS) }),
      "rate_limited",
      "Too many failed sign-in attempts. Try again in 1 minute.",
    );
    // refused attempts are not recorded (they would extend the lockout forever)
    expect(await prisma().signInAttempt.count()).toBe(MAX_FAILURES_PER_EMAIL);
    expect((await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toBeNull();

    // another account on the same address is not affected
    expect(await authenticateUser({ email: "bob@example.com", password: PASSWORD, ip: "10.0.0.1", now: plus(5 * MINUTE) })).toMatchObject({
      email: "bob@example.com",
    });

    // the failure at t0 has left the window: 4 remain, so the right password works again
    const later = plus(SIGN_IN_WINDOW_MS + 1);
    expect(await authenticateUser({ email: "ada@example.com", password: PASSWORD, ip: "10.0.0.1", now: later })).toMatchObject({
      id: user.id,
      last_sign_in_at: later.toISOString(),
    });
    // ...but one more failure fills the window again (the oldest counted is now t0 + 1 min)
    await expectAppError(authenticateUser({ email: "ada@example.com", password: "wrong again", ip: "10.0.0.1", now: later }), "unauthenticated", WRONG);
    await expectAppError(
      authenticateUser({ email: "ada@example.com", password: PASSWORD, ip: "10.0.0.1", now: later }),
      "rate_limited",
      "Too many failed sign-in attempts. Try again in 1 minute.",
    );
  });

  test(`after ${MAX_FAILURES_PER_IP} failures from one address, across emails, that address is limited with the right wait`, async () => {
    const { user } = await createTestUser({ role: "admin", email: "ada@example.com", password: PASSWORD });
    const attacker = "203.0.113.7";

    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      await expectAppError(authenticateUser({ email: `guess${i}@example.com`, password: "hunter2", ip: attacker, now: t0 }), "unauthenticated", WRONG);
    }
    expect(await prisma().signInAttempt.count({ where: { ip: attacker, succeeded: false } })).toBe(MAX_FAILURES_PER_IP);

    // Ada's own email has no failures: the wait comes from the address's oldest failure (t0 + 15 min)
    await expectAppError(
      authenticateUser({ email: "ada@example.com", password: PASSWORD, ip: attacker, now: plus(10 * MINUTE) }),
      "rate_limited",
      "Too many failed sign-in attempts. Try again in 5 minutes.",
    );
    await expectAppError(
      authenticateUser({ email: "guess0@example.com", password: "hunter3", ip: attacker, now: plus(10 * MINUTE) }),
      "rate_limited",
      "Too many failed sign-in attempts. Try again in 5 minutes.",
    );

    // from another address Ada signs in at once
    expect(await authenticateUser({ email: "ada@example.com", password: PASSWORD, ip: "198.51.100.1", now: plus(10 * MINUTE) })).toMatchObject({
      id: user.id,
    });
    // and from the limited address once the window has passed
    expect(await authenticateUser({ email: "ada@example.com", password: PASSWORD, ip: attacker, now: plus(SIGN_IN_WINDOW_MS + 1) })).toMatchObject({
      id: user.id,
    });
  });
});
