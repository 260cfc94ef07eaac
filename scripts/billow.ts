// Billow's operator CLI: `npm run billow -- <command> [--flag value]`.
// Every command goes through the same services as the app and the API.
import { parseArgs } from "node:util";
import { closeDatabase, database } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { env } from "../lib/env";
import { runJobsOnce, startWorker } from "../lib/jobs/runner";
import { addUserSchema, createOwnerSchema } from "../lib/schemas/team";
import { createApiKeySchema } from "../lib/schemas/api-key";
import { createApiKey } from "../lib/services/api-keys/create-api-key";
import { systemCtx } from "../lib/services/context";
import { seedDemo } from "../lib/services/demo/seed-demo";
import { bootstrapFromEnv } from "../lib/services/setup/bootstrap-from-env";
import { createOwner } from "../lib/services/setup/create-owner";
import { getSetupStatus } from "../lib/services/setup/get-setup-status";
import { addUser } from "../lib/services/team/add-user";
import { BILLOW_VERSION } from "../lib/version";

const HELP = `Billow ${BILLOW_VERSION} operator CLI

Usage: npm run billow -- <command> [options]

Commands:
  migrate                         Apply pending database migrations
  create-admin --email E --password P [--name N] [--role owner|admin|viewer]
                                  Create a user (the first user is always the owner)
  create-api-key --name N [--role admin|viewer]
                                  Create an API key and print its secret (shown once)
  seed-demo [--customers N]       Load a demo catalogue and N customers (default 300)
  worker                          Run the background job worker until stopped
  run-jobs                        Run every due background job once, then exit
  version                         Print the version
  config                          Print the resolved configuration (secrets hidden)

With DATABASE_URL unset, commands use the embedded database in BILLOW_DATA_DIR; stop the
app first (the embedded database serves one process at a time).`;

function fail(message: string): never {
  console.error(`billow: ${message}`);
  process.exit(2);
}

function validated<T>(result: { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }): T {
  if (result.success) return result.data;
  fail(result.error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`).join("; "));
}

async function ready() {
  await migrate(database());
  await bootstrapFromEnv();
}

const commands: Record<string, (flags: Record<string, string | undefined>) => Promise<void>> = {
  async migrate() {
    const applied = await migrate(database());
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database schema is up to date.");
  },

  async "create-admin"(flags) {
    await ready();
    if ((await getSetupStatus()).needsOwner) {
      const input = validated(createOwnerSchema.safeParse({ name: flags.name ?? "Owner", email: flags.email, password: flags.password }));
      const owner = await createOwner(input);
      console.log(`Created owner ${owner.email} (${owner.id}).`);
      return;
    }
    const input = validated(addUserSchema.safeParse({ name: flags.name ?? flags.email, email: flags.email, password: flags.password, role: flags.role ?? "admin" }));
    const user = await addUser(systemCtx("cli"), input);
    console.log(`Created ${user.role} ${user.email} (${user.id}).`);
  },

  async "create-api-key"(flags) {
    await ready();
    const input = validated(createApiKeySchema.safeParse({ name: flags.name, role: flags.role }));
    const key = await createApiKey(systemCtx("cli"), input);
    console.error(`Created API key ${key.id} (${key.role}). The secret is shown only now:`);
    console.log(key.secret);
  },

  async "seed-demo"(flags) {
    await ready();
    const customers = flags.customers === undefined ? undefined : Number(flags.customers);
    if (customers !== undefined && !(Number.isInteger(customers) && customers >= 0 && customers <= 10_000)) fail("--customers must be a whole number from 0 to 10000.");
    const summary = await seedDemo(systemCtx("seed-demo"), { customers });
    console.log(
      `Demo data loaded: ${summary.products} products, ${summary.plans} plans, ${summary.coupons} coupons, ${summary.taxRates} tax rates, ${summary.customers} customers, ` +
        `${summary.meters} meters, ${summary.subscriptions} subscriptions, ${summary.usageEvents} usage events, ${summary.usageLimits} usage limits.`,
    );
  },

  async worker() {
    await ready();
    const worker = startWorker();
    console.log(`Worker ${worker.workerId} running; Ctrl-C to stop.`);
    await new Promise<void>((resolve) => {
      for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => resolve());
    });
    console.log("Stopping: waiting for running jobs to finish…");
    await worker.stop();
  },

  async "run-jobs"() {
    await ready();
    const counts = await runJobsOnce();
    console.log(`Jobs: ${counts.claimed} run, ${counts.succeeded} succeeded, ${counts.retried} to retry, ${counts.failed} failed.`);
  },

  async version() {
    console.log(BILLOW_VERSION);
  },

  async config() {
    const config = env();
    const shown = {
      version: BILLOW_VERSION,
      database: config.DATABASE_URL ? "postgres" : "pglite (embedded)",
      DATABASE_URL: config.DATABASE_URL ? config.DATABASE_URL.replace(/:[^:@/]*@/, ":***@") : "(unset)",
      BILLOW_DATA_DIR: config.dataDir,
      BILLOW_WORKER: config.BILLOW_WORKER,
      BILLOW_ADMIN_EMAIL: config.BILLOW_ADMIN_EMAIL ?? "(unset)",
      BILLOW_ADMIN_PASSWORD: config.BILLOW_ADMIN_PASSWORD ? "(set)" : "(unset)",
      BILLOW_BOOTSTRAP_API_KEY: config.BILLOW_BOOTSTRAP_API_KEY ? "(set)" : "(unset)",
      NEXTAUTH_SECRET: config.NEXTAUTH_SECRET ? "(set)" : "(from the data folder)",
      PORT: process.env.PORT ?? "3000",
    };
    for (const [key, value] of Object.entries(shown)) console.log(`${key.padEnd(26)}${value}`);
  },
};

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || command === "help" || command === "--help") {
    console.log(HELP);
    return;
  }
  const run = commands[command];
  if (!run) fail(`unknown command '${command}'. Run 'npm run billow -- help'.`);
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: "string" }, password: { type: "string" }, name: { type: "string" }, role: { type: "string" }, customers: { type: "string" } },
    strict: true,
  });
  try {
    await run(values);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  } finally {
    await closeDatabase();
  }
}

await main();
