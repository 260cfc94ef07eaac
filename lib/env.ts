// Process configuration, validated once. Every setting Billow reads is listed here
// (and in README.md / .env.example).
import path from "node:path";
import { z } from "zod";

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? undefined : value));

const envSchema = z.object({
  DATABASE_URL: optionalString.refine(
    (url) => url === undefined || /^postgres(ql)?:\/\//.test(url),
    "DATABASE_URL must be a postgres:// or postgresql:// URL (leave it unset for the embedded database)",
  ),
  BILLOW_DATA_DIR: optionalString,
  BILLOW_WORKER: z.enum(["inline", "off"]).default("inline"),
  BILLOW_ADMIN_EMAIL: optionalString,
  BILLOW_ADMIN_PASSWORD: optionalString,
  BILLOW_BOOTSTRAP_API_KEY: optionalString,
  NEXTAUTH_SECRET: optionalString,
  SMTP_URL: optionalString.refine(
    (url) => url === undefined || /^smtps?:\/\//.test(url),
    "SMTP_URL must be an smtp:// or smtps:// URL (leave it unset to only record mails in the outbox)",
  ),
  MAIL_FROM: optionalString,
  /** Usage events may be this many days old (docs/usage.md); older ones are rejected. */
  BILLOW_USAGE_LATE_WINDOW_DAYS: z.coerce.number().int().min(1).max(3650).default(35),
  /** Usage events may be this many seconds ahead of the server clock (client clock drift). */
  BILLOW_USAGE_FUTURE_SKEW_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
});

export type Env = z.infer<typeof envSchema> & { dataDir: string };

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
      throw new Error(`Invalid configuration:\n  ${problems.join("\n  ")}`);
    }
    cached = { ...parsed.data, dataDir: path.resolve(/* turbopackIgnore: true */ parsed.data.BILLOW_DATA_DIR ?? ".data") };
  }
  return cached;
}

/** Tests that change process.env call this so the next env() reads it again. */
export function resetEnvCacheForTests(): void {
  cached = undefined;
}
