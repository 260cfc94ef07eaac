import { database } from "../db/client";
import { migrate } from "../db/migrate";
import { env } from "../env";
import { bootstrapFromEnv } from "../services/setup/bootstrap-from-env";

const holder = globalThis as typeof globalThis & { __billowStarted?: Promise<void> };

/** Migrate, bootstrap, then start background work; once per process. */
export function startServerRuntime(): Promise<void> {
  holder.__billowStarted ??= (async () => {
    const db = database();
    const applied = await migrate(db);
    console.log(`billow: database ${db.kind} at ${db.location}${applied.length ? `, applied ${applied.join(", ")}` : ", schema up to date"}`);
    await bootstrapFromEnv();
    if (env().BILLOW_WORKER === "inline") {
      const { startWorker } = await import("../jobs/runner");
      startWorker();
      console.log("billow: background worker started");
    }
  })();
  return holder.__billowStarted;
}
