import "server-only";
import { lockFeature, updateFeature } from "../../db/features";
import type { FeatureDto } from "../../schemas/feature";
import type { Ctx } from "../context";
import { toFeatureDto } from "./dto";
import { setArchived } from "./shared";

/** Archived features stay granted by the plan versions that have them but are read-only until unarchived. */
export const setFeatureArchived = (ctx: Ctx, featureId: string, archived: boolean): Promise<FeatureDto> =>
  setArchived(ctx, { resourceType: "feature", resource: "feature", lock: lockFeature, update: updateFeature, toDto: toFeatureDto }, featureId, archived);
