import "server-only";
import { prisma } from "../../db/client";
import { listFeatureChoices as selectFeatures } from "../../db/plans";
import type { FeatureChoice } from "../../schemas/plan";
import type { Ctx } from "../context";


/** Features a plan may grant, labelled "Name (code)"; archived ones are kept so granted ones still show. */
export async function listFeatureChoices(_ctx: Ctx): Promise<FeatureChoice[]> {
  return (await selectFeatures(prisma())).map((feature) => ({
    id: feature.id,
    label: `${feature.name} (${feature.code})`,
    type: feature.type === "LIMIT" ? "limit" : "boolean",
    archived: feature.archivedAt !== null,
  }));
}
