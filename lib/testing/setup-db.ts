// Per test file: the file talks to the database of global-setup.ts and closes it at the end
// (PGlite allows one process at a time).
import { afterAll } from "vitest";
import { closeDatabase } from "../db/client";

afterAll(async () => {
  await closeDatabase();
});
