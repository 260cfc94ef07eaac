import "server-only";
import { database } from "../../db/client";
import { BILLOW_VERSION } from "../../version";
import type { Ctx } from "../context";

export type SystemInfoDto = { version: string; databaseKind: "postgres" | "pglite" };

/** What the settings page shows about this instance; every admin (viewers too) may read it. */
export async function getSystemInfo(_ctx: Ctx): Promise<SystemInfoDto> {
  return { version: BILLOW_VERSION, databaseKind: database().kind };
}
