import { beforeEach, describe, expect, test } from "vitest";
import { prisma } from "../../db/client";
import { addUserSchema, createOwnerSchema } from "../../schemas/team";
import { auditRows, expectAppError, tableCounts } from "../../testing/assertions";
import { createTestUser, ctxFor, TEST_PASSWORD } from "../../testing/factories";
import { resetDb } from "../../testing/reset-db";
import { authenticateUser } from "../auth/authenticate-user";
import { getUserActor } from "../auth/get-user-actor";
import { systemCtx, type Ctx } from "../context";
import { createOwner } from "../setup/create-owner";
import { getSetupStatus } from "../setup/get-setup-status";
import { acceptInvitation, findOpenInvitation } from "./accept-invitation";
import { addUser } from "./add-user";
import { changeUserRole } from "./change-user-role";
import { INVITATION_TTL_MS, inviteUser } from "./invite-user";
import { revokeInvitation } from "./revoke-invitation";
import { setUserDisabled } from "./set-user-disabled";

beforeEach(resetDb);

const t0 = new Date("2026-03-02T09:00:00.000Z");
const at = (ctx: Ctx, now: Date): Ctx => ({ ...ctx, now });
const tokenOf = (acceptPath: string) => acceptPath.replace(/^\/invite\//, "");
const userRow = (id: string) => prisma().user.findUniqueOrThrow({ where: { id } });

describe("first-run setup (createOwner)", () => {
  test("creates the owner once; a second call is a conflict and writes nothing", async () => {
    expect(await getSetupStatus()).toEqual({ needsOwner: true });

    const owner = await createOwner(createOwnerSchema.parse({ name: "Ada", email: " Ada@Example.com ", password: TEST_PASSWORD }), t0);

    expect(owner).toEqual({
      id: expect.stringMatching(/^usr_[0-9a-z]{26}$/),
      email: "ada@example.com",
      name: "Ada",
      role: "owner",
      disabled: false,
      last_sign_in_at: null,
      created_at: t0.toISOString(),
    });
    expect(await getSetupStatus()).toEqual({ needsOwner: false });
    expect((await userRow(owner.id)).passwordHash).toMatch(/^scrypt\$/);

    await expectAppError(
      createOwner(createOwnerSchema.parse({ name: "Eve", email: "eve@example.com", password: TEST_PASSWORD })),
      "conflict",
      "Billow is already set up: sign in instead.",
    );
    expect(await tableCounts()).toMatchObject({ users: 1, auditLogs: 1 });
    expect(await auditRows()).toEqual([
      {
        action: "user.create_owner",
        actorType: "USER",
        actorId: owner.id,
        actorLabel: "ada@example.com",
        resourceType: "user",
        resourceId: owner.id,
        details: null,
      },
    ]);
  });

  test("is refused once any user exists, even a non-owner", async () => {
    await createTestUser({ role: "viewer" });
    await expectAppError(createOwner({ name: "Ada", email: "ada@example.com", password: TEST_PASSWORD }), "conflict");
    expect(await tableCounts()).toMatchObject({ users: 1, auditLogs: 0 });
  });

  test("concurrent setups create exactly one owner", async () => {
    const results = await Promise.allSettled(
      [1, 2, 3, 4].map((n) => createOwner({ name: `Owner ${n}`, email: `owner${n}@example.com`, password: TEST_PASSWORD })),
    );

    const created = results.filter((result) => result.status === "fulfilled");
    const refused = results.filter((result) => result.status === "rejected");
    expect(created).toHaveLength(1);
    expect(refused.map((result) => (result as PromiseRejectedResult).reason.code)).toEqual(["conflict", "conflict", "conflict"]);
    const users = await prisma().user.findMany();
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ role: "OWNER", email: (created[0] as PromiseFulfilledResult<{ email: string }>).value.email });
    expect(await prisma().auditLog.count()).toBe(1);
  });
});

describe("who may change the team", () => {
  test("a viewer can add, invite, change, disable and revoke nothing, and nothing is written", async () => {
    const { user: owner, ctx: ownerCtx } = await createTestUser({ role: "owner" });
    const { ctx: viewerCtx } = await createTestUser({ role: "viewer" });
    const { user: admin } = await createTestUser({ role: "admin" });
    const invitation = await inviteUser(ownerCtx, { email: "new@example.com", role: "viewer" });
    const before = await tableCounts();
    const adminBefore = await userRow(admin.id);

    await expectAppError(
      addUser(viewerCtx, addUserSchema.parse({ name: "N", email: "n@example.com", role: "viewer", password: TEST_PASSWORD })),
      "forbidden",
      "Your role (viewer) can read but not change anything.",
    );
    await expectAppError(inviteUser(viewerCtx, { email: "m@example.com", role: "viewer" }), "forbidden");
    await expectAppError(changeUserRole(viewerCtx, { userId: admin.id, role: "viewer" }), "forbidden");
    await expectAppError(setUserDisabled(viewerCtx, { userId: admin.id, disabled: true }), "forbidden");
    await expectAppError(setUserDisabled(viewerCtx, { userId: owner.id, disabled: true }), "forbidden");
    await expectAppError(revokeInvitation(viewerCtx, { invitationId: invitation.invitationId }), "forbidden");

    expect(await tableCounts()).toEqual(before);
    expect(await userRow(admin.id)).toEqual(adminBefore);
    expect(await prisma().invitation.findUniqueOrThrow({ where: { id: invitation.invitationId } })).toMatchObject({ revokedAt: null });
    expect((await auditRows()).map((row) => row.action)).toEqual(["invitation.create"]);
  });

  test("an admin cannot make an owner, nor demote, disable or revoke owners", async () => {
    const { user: owner, ctx: ownerCtx } = await createTestUser({ role: "owner" });
    const { user: otherOwner } = await createTestUser({ role: "owner" });
    const { ctx: adminCtx } = await createTestUser({ role: "admin" });
    const { user: viewer } = await createTestUser({ role: "viewer" });
    const ownerInvitation = await inviteUser(ownerCtx, { email: "future-owner@example.com", role: "owner" });
    const before = await tableCounts();

    const onlyOwners = "Only an owner can make or change owners.";
    const added = await expectAppError(
      addUser(adminCtx, { name: "O", email: "o@example.com", role: "owner", password: TEST_PASSWORD }),
      "forbidden",
      onlyOwners,
    );
    expect(added.param).toBe("role");
    await expectAppError(inviteUser(adminCtx, { email: "o@example.com", role: "owner" }), "forbidden", onlyOwners);
    await expectAppError(changeUserRole(adminCtx, { userId: viewer.id, role: "owner" }), "forbidden", onlyOwners);
    await expectAppError(changeUserRole(adminCtx, { userId: owner.id, role: "admin" }), "forbidden", onlyOwners);
    await expectAppError(changeUserRole(adminCtx, { userId: otherOwner.id, role: "viewer" }), "forbidden", onlyOwners);
    await expectAppError(setUserDisabled(adminCtx, { userId: owner.id, disabled: true }), "forbidden", onlyOwners);
    await expectAppError(revokeInvitation(adminCtx, { invitationId: ownerInvitation.invitationId }), "forbidden", onlyOwners);

    expect(await tableCounts()).toEqual(before);
    const roles = await prisma().user.findMany({ select: { id: true, role: true, disabledAt: true } });
    expect(roles.find((row) => row.id === owner.id)).toEqual({ id: owner.id, role: "OWNER", disabledAt: null });
    expect(roles.find((row) => row.id === otherOwner.id)).toEqual({ id: otherOwner.id, role: "OWNER", disabledAt: null });
    expect(roles.find((row) => row.id === viewer.id)).toEqual({ id: viewer.id, role: "VIEWER", disabledAt: null });
  });

  test("an admin manages admins and viewers, and each write leaves one audit row", async () => {
    const { ctx: adminCtx, user: admin } = await createTestUser({ role: "admin", email: "admin@example.com" });
    const ctx = at(adminCtx, t0);

    const added = await addUser(ctx, addUserSchema.parse({ name: "Vic", email: "VIC@example.com", role: "viewer", password: TEST_PASSWORD }));
    expect(added).toMatchObject({ email: "vic@example.com", role: "viewer", disabled: false, created_at: t0.toISOString() });
    expect(await changeUserRole(ctx, { userId: added.id, role: "admin" })).toMatchObject({ id: added.id, role: "admin" });
    expect(await setUserDisabled(ctx, { userId: added.id, disabled: true })).toMatchObject({ disabled: true });
    expect((await userRow(added.id)).disabledAt).toEqual(t0);
    expect(await setUserDisabled(ctx, { userId: added.id, disabled: false })).toMatchObject({ disabled: false });
    expect((await userRow(added.id)).disabledAt).toBeNull();

    const actor = { actorType: "USER", actorId: admin.id, actorLabel: "admin@example.com", resourceType: "user", resourceId: added.id };
    expect(await auditRows()).toEqual([
      { ...actor, action: "user.create", details: { email: "vic@example.com", role: "viewer" } },
      { ...actor, action: "user.change_role", details: { from: "viewer", to: "admin" } },
      { ...actor, action: "user.disable", details: null },
      { ...actor, action: "user.enable", details: null },
    ]);
  });

  test("adding a user whose email exists is a conflict on email, with no audit row", async () => {
    const { ctx } = await createTestUser({ role: "owner" });
    await createTestUser({ role: "viewer", email: "taken@example.com" });
    const error = await expectAppError(
      addUser(ctx, { name: "T", email: "taken@example.com", role: "admin", password: TEST_PASSWORD }),
      "conflict",
      "A user with this email already exists.",
    );
    expect(error.param).toBe("email");
    expect(await tableCounts()).toMatchObject({ users: 2, auditLogs: 0 });
  });

  test("nobody can change their own role or disable themselves", async () => {
    const { user: owner, ctx: ownerCtx } = await createTestUser({ role: "owner" });
    await createTestUser({ role: "owner" }); // so "last owner" is not what stops it
    const { user: admin, ctx: adminCtx } = await createTestUser({ role: "admin" });

    for (const role of ["admin", "viewer", "owner"] as const) {
      const error = await expectAppError(changeUserRole(ownerCtx, { userId: owner.id, role }), "forbidden", "You cannot change your own role.");
      expect(error.param).toBe("role");
    }
    await expectAppError(changeUserRole(adminCtx, { userId: admin.id, role: "viewer" }), "forbidden", "You cannot change your own role.");
    await expectAppError(setUserDisabled(ownerCtx, { userId: owner.id, disabled: true }), "forbidden", "You cannot disable your own account.");
    await expectAppError(setUserDisabled(adminCtx, { userId: admin.id, disabled: true }), "forbidden", "You cannot disable your own account.");

    expect((await userRow(owner.id)).role).toBe("OWNER");
    expect((await userRow(admin.id))).toMatchObject({ role: "ADMIN", disabledAt: null });
    expect(await prisma().auditLog.count()).toBe(0);
  });

  test("an unknown user is not_found", async () => {
    const { ctx } = await createTestUser({ role: "owner" });
    const error = await expectAppError(changeUserRole(ctx, { userId: "usr_missing", role: "viewer" }), "not_found", "No user with id 'usr_missing'.");
    expect(error.param).toBe("id");
    await expectAppError(setUserDisabled(ctx, { userId: "usr_missing", disabled: true }), "not_found");
  });
});

describe("Billow always keeps an active owner", () => {
  test("the last active owner cannot be demoted or disabled", async () => {
    const { user: owner } = await createTestUser({ role: "owner" });
    await createTestUser({ role: "owner", disabled: true }); // a disabled owner does not count
    const cli = systemCtx("cli");

    const demoted = await expectAppError(changeUserRole(cli, { userId: owner.id, role: "admin" }), "invalid_state", "Billow needs at least one active owner.");
    expect(demoted.param).toBe("role");
    await expectAppError(setUserDisabled(cli, { userId: owner.id, disabled: true }), "invalid_state", "Billow needs at least one active owner.");

    expect(await userRow(owner.id)).toMatchObject({ role: "OWNER", disabledAt: null });
    expect(await prisma().auditLog.count()).toBe(0);
  });

  test("one of two owners can demote the other, after which the survivor is protected", async () => {
    const { user: a, ctx: aCtx } = await createTestUser({ role: "owner", email: "a@example.com" });
    const { user: b } = await createTestUser({ role: "owner" });

    expect(await changeUserRole(aCtx, { userId: b.id, role: "admin" })).toMatchObject({ role: "admin" });
    await expectAppError(changeUserRole(systemCtx("cli"), { userId: a.id, role: "viewer" }), "invalid_state");
    await expectAppError(setUserDisabled(systemCtx("cli"), { userId: a.id, disabled: true }), "invalid_state");

    expect(await auditRows()).toEqual([
      {
        action: "user.change_role",
        actorType: "USER",
        actorId: a.id,
        actorLabel: "a@example.com",
        resourceType: "user",
        resourceId: b.id,
        details: { from: "owner", to: "admin" },
      },
    ]);
  });

  test("two owners demoting or disabling each other at the same time leave one active owner", async () => {
    for (const change of ["demote", "disable"] as const) {
      await resetDb();
      const { user: a, ctx: aCtx } = await createTestUser({ role: "owner" });
      const { user: b, ctx: bCtx } = await createTestUser({ role: "owner" });
      const act = (ctx: Ctx, userId: string) =>
        change === "demote" ? changeUserRole(ctx, { userId, role: "admin" }) : setUserDisabled(ctx, { userId, disabled: true });

      const results = await Promise.allSettled([act(aCtx, b.id), act(bCtx, a.id)]);

      expect(results.filter((result) => result.status === "fulfilled"), change).toHaveLength(1);
      const refused = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
      expect(refused.reason).toMatchObject({ code: "invalid_state" });
      expect(await prisma().user.count({ where: { role: "OWNER", disabledAt: null } }), change).toBe(1);
      expect(await prisma().auditLog.count()).toBe(1);
    }
  });
});

describe("invitations", () => {
  test("invite then accept creates the user with the invited role; the token works once", async () => {
    const { user: owner, ctx: ownerCtx } = await createTestUser({ role: "owner", email: "owner@example.com" });
    const { invitationId, acceptPath } = await inviteUser(at(ownerCtx, t0), { email: "grace@example.com", role: "admin" });
    expect(invitationId).toMatch(/^uinv_[0-9a-z]{26}$/);
    expect(acceptPath).toMatch(/^\/invite\/[A-Za-z0-9_-]{32}$/);
    const token = tokenOf(acceptPath);

    const stored = await prisma().invitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(stored).toMatchObject({ email: "grace@example.com", role: "ADMIN", invitedById: owner.id, acceptedAt: null, revokedAt: null });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt).toEqual(new Date(t0.getTime() + INVITATION_TTL_MS));
    expect(await findOpenInvitation(token, t0)).toEqual({ email: "grace@example.com", role: "admin" });

    const acceptedAt = new Date(t0.getTime() + 60_000);
    const grace = await acceptInvitation({ token, name: "Grace", password: "grace's own password" }, acceptedAt);
    expect(grace).toMatchObject({ email: "grace@example.com", name: "Grace", role: "admin", disabled: false, created_at: acceptedAt.toISOString() });
    expect((await prisma().invitation.findUniqueOrThrow({ where: { id: invitationId } })).acceptedAt).toEqual(acceptedAt);
    expect(await findOpenInvitation(token, acceptedAt)).toBeNull();
    expect(await authenticateUser({ email: "grace@example.com", password: "grace's own password", ip: "10.0.0.1" })).toMatchObject({ id: grace.id });

    const reused = await expectAppError(
      acceptInvitation({ token, name: "Mallory", password: "mallory password" }, acceptedAt),
      "not_found",
      "This invitation is no longer valid. Ask for a new one.",
    );
    expect(reused.param).toBe("token");
    await expectAppError(acceptInvitation({ token: "not-a-token", name: "M", password: "mallory password" }), "not_found");
    expect(await prisma().user.count()).toBe(2);

    expect(await auditRows()).toEqual([
      {
        action: "invitation.create",
        actorType: "USER",
        actorId: owner.id,
        actorLabel: "owner@example.com",
        resourceType: "invitation",
        resourceId: invitationId,
        details: { email: "grace@example.com", role: "admin" },
      },
      {
        action: "invitation.accept",
        actorType: "USER",
        actorId: grace.id,
        actorLabel: "grace@example.com",
        resourceType: "user",
        resourceId: grace.id,
        details: { invitation_id: invitationId },
      },
    ]);
  });

  test("an expired invitation is refused; one a millisecond before expiry is accepted", async () => {
    const { ctx } = await createTestUser({ role: "owner" });
    const expired = await inviteUser(at(ctx, t0), { email: "late@example.com", role: "viewer" });
    const fresh = await inviteUser(at(ctx, t0), { email: "early@example.com", role: "viewer" });
    const expiry = new Date(t0.getTime() + INVITATION_TTL_MS);

    expect(await findOpenInvitation(tokenOf(expired.acceptPath), expiry)).toBeNull();
    await expectAppError(acceptInvitation({ token: tokenOf(expired.acceptPath), name: "Late", password: TEST_PASSWORD }, expiry), "not_found");
    expect(await prisma().user.count({ where: { email: "late@example.com" } })).toBe(0);
    expect((await prisma().invitation.findUniqueOrThrow({ where: { id: expired.invitationId } })).acceptedAt).toBeNull();

    const justInTime = new Date(expiry.getTime() - 1);
    expect(await acceptInvitation({ token: tokenOf(fresh.acceptPath), name: "Early", password: TEST_PASSWORD }, justInTime)).toMatchObject({
      email: "early@example.com",
      role: "viewer",
    });
  });

  test("a revoked invitation cannot be accepted nor revoked again", async () => {
    const { user: owner, ctx } = await createTestUser({ role: "owner", email: "owner@example.com" });
    const { invitationId, acceptPath } = await inviteUser(at(ctx, t0), { email: "nope@example.com", role: "owner" });
    const revokedAt = new Date(t0.getTime() + 1000);

    await revokeInvitation(at(ctx, revokedAt), { invitationId });

    expect((await prisma().invitation.findUniqueOrThrow({ where: { id: invitationId } })).revokedAt).toEqual(revokedAt);
    expect(await findOpenInvitation(tokenOf(acceptPath), revokedAt)).toBeNull();
    await expectAppError(acceptInvitation({ token: tokenOf(acceptPath), name: "Nope", password: TEST_PASSWORD }, revokedAt), "not_found");
    await expectAppError(revokeInvitation(ctx, { invitationId }), "invalid_state", "This invitation was already used or revoked.");
    await expectAppError(revokeInvitation(ctx, { invitationId: "uinv_missing" }), "not_found");
    expect(await prisma().user.count()).toBe(1);

    const actor = { actorType: "USER", actorId: owner.id, actorLabel: "owner@example.com", resourceType: "invitation", resourceId: invitationId };
    expect(await auditRows()).toEqual([
      { ...actor, action: "invitation.create", details: { email: "nope@example.com", role: "owner" } },
      { ...actor, action: "invitation.revoke", details: null },
    ]);
  });

  test("inviting an existing user is a conflict; accepting after the email got taken is a conflict that keeps the invitation open", async () => {
    const { ctx } = await createTestUser({ role: "owner" });
    await createTestUser({ role: "viewer", email: "taken@example.com" });
    const error = await expectAppError(inviteUser(ctx, { email: "taken@example.com", role: "viewer" }), "conflict");
    expect(error.param).toBe("email");

    const { invitationId, acceptPath } = await inviteUser(ctx, { email: "race@example.com", role: "viewer" });
    await createTestUser({ role: "admin", email: "race@example.com" });
    await expectAppError(acceptInvitation({ token: tokenOf(acceptPath), name: "Race", password: TEST_PASSWORD }), "conflict", "A user with this email already exists.");
    expect((await prisma().invitation.findUniqueOrThrow({ where: { id: invitationId } })).acceptedAt).toBeNull();
    expect((await auditRows()).map((row) => row.action)).toEqual(["invitation.create"]);
  });

  test("only a signed-in user can invite", async () => {
    await expectAppError(inviteUser(systemCtx("cli"), { email: "x@example.com", role: "viewer" }), "forbidden");
    await expectAppError(
      inviteUser({ actor: { type: "api_key", id: "key_x", name: "ci", role: "ADMIN" }, now: t0, requestId: "req_x" }, { email: "x@example.com", role: "viewer" }),
      "forbidden",
    );
    expect(await prisma().invitation.count()).toBe(0);
  });
});

describe("getUserActor", () => {
  test("reads the user fresh: a role change applies at once and a disabled user has no actor", async () => {
    const { ctx: ownerCtx } = await createTestUser({ role: "owner" });
    const { user } = await createTestUser({ role: "admin", email: "fresh@example.com", name: "Fresh" });

    expect(await getUserActor(user.id)).toEqual({ type: "user", id: user.id, email: "fresh@example.com", name: "Fresh", role: "ADMIN" });
    await changeUserRole(ownerCtx, { userId: user.id, role: "viewer" });
    expect(await getUserActor(user.id)).toMatchObject({ role: "VIEWER" });
    await setUserDisabled(ownerCtx, { userId: user.id, disabled: true });
    expect(await getUserActor(user.id)).toBeNull();
    expect(await getUserActor("usr_missing")).toBeNull();
    expect(ctxFor(user).actor).toMatchObject({ id: user.id });
  });
});
