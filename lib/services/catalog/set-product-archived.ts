import "server-only";
import { lockProduct, updateProduct } from "../../db/products";
import type { ProductDto } from "../../schemas/product";
import type { Ctx } from "../context";
import { toProductDto } from "./dto";
import { setArchived } from "./shared";

/** Archived products stay readable (and their plans keep billing) but are read-only until unarchived. */
export const setProductArchived = (ctx: Ctx, productId: string, archived: boolean): Promise<ProductDto> =>
  setArchived(ctx, { resourceType: "product", resource: "product", lock: lockProduct, update: updateProduct, toDto: toProductDto }, productId, archived);
