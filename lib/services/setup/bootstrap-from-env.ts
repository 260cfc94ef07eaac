import "server-only";
import { hashApiKeySecret, looksLikeApiKey } from "../../auth/api-key-secret";
import { findApiKeyBySecretHash } from "../../db/api-keys";
import { prisma } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { countUsers } from "../../db/users";
import { env } from "../../env";
import { AppError } from "../../errors";
import { createOwnerSchema } from "../../schemas/team";
import { createApiKey } from "../api-keys/create-api-key";
import { systemCtx } from "../context";
import { createOwner } from "./create-owner";

/**
 * Infrastructure-as-code setup: BILLOW_ADMIN_EMAIL/PASSWORD create the owner on an empty
 * install, and BILLOW_BOOTSTRAP_API_KEY is registered as an admin key if not yet known.
 */
const MIN_BOOTSTRAP_KEY_LENGTH = 35; // bk_ + 32

export async function bootstrapFromEnv(): Promise<void> {
  const { BILLOW_ADMIN_EMAIL, BILLOW_ADMIN_PASSWORD, BILLOW_BOOTSTRAP_API_KEY } = env();
  if (BILLOW_ADMIN_EMAIL && BILLOW_ADMIN_PASSWORD && (await countUsers(prisma())) === 0) {
    const input = createOwnerSchema.safeParse({ name: "Owner", email: BILLOW_ADMIN_EMAIL, password: BILLOW_ADMIN_PASSWORD });
    if (!input.success) {
      throw new Error(`BILLOW_ADMIN_EMAIL/BILLOW_ADMIN_PASSWORD: ${input.error.issues.map((issue) => issue.message).join(" ")}`);
    }
    try {
      await createOwner(input.data);
      console.log(`billow: created owner ${BILLOW_ADMIN_EMAIL} from the environment`);
    } catch (error) {
      // Another process (web server and worker start together) set it up first: nothing to do.
      if (!(error instanceof AppError && error.code === "conflict")) throw error;
    }
  }
  if (BILLOW_BOOTSTRAP_API_KEY) {
    // An operator-chosen secret: require about as much entropy as a generated one.
    if (!looksLikeApiKey(BILLOW_BOOTSTRAP_API_KEY) || BILLOW_BOOTSTRAP_API_KEY.length < MIN_BOOTSTRAP_KEY_LENGTH) {
      throw new Error(`BILLOW_BOOTSTRAP_API_KEY must start with bk_ and be ${MIN_BOOTSTRAP_KEY_LENGTH} to 200 characters long.`);
    }
    if (!(await findApiKeyBySecretHash(prisma(), hashApiKeySecret(BILLOW_BOOTSTRAP_API_KEY)))) {
      try {
        await createApiKey(systemCtx("bootstrap"), { name: "Bootstrap key (environment)", role: "admin" }, BILLOW_BOOTSTRAP_API_KEY);
        console.log("billow: registered the bootstrap API key from the environment");
      } catch (error) {
        if (!isUniqueViolation(error)) throw error; // registered by another process meanwhile
      }
    }
  }
}
