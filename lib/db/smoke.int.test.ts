import { beforeEach, expect, test } from "vitest";
import { prisma } from "./client";
import { resetDb } from "../testing/reset-db";

beforeEach(resetDb);

test("stores and reads a row through the migrated schema", async () => {
  await prisma().user.create({ data: { id: "usr_x", email: "a@example.com", name: "A", passwordHash: "h", role: "OWNER" } });
  expect(await prisma().user.count()).toBe(1);
});
