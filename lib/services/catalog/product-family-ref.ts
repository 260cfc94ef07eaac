// A product's family reference: it must exist and be active (archived families take no new products).
import { lockProductFamily } from "../../db/product-families";
import type { Db } from "../../db/types";
import { AppError } from "../../errors";

/** Locks the family (so it cannot be archived concurrently) and checks it can take the product. */
export async function assertFamilyAcceptsProducts(db: Db, familyId: string): Promise<void> {
  const family = await lockProductFamily(db, familyId);
  if (!family) throw new AppError("unprocessable", `No product family with id '${familyId}'.`, { param: "family_id" });
  if (family.archivedAt) throw new AppError("invalid_state", `The product family '${family.code}' is archived and takes no new products.`, { param: "family_id" });
}
