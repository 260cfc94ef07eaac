// Helpers shared by the catalogue use cases (not use cases themselves).
import type { CatalogOrder } from "../../db/catalog-list";
import { isUniqueViolation } from "../../db/errors";
import type { Db } from "../../db/types";
import { AppError, notFound } from "../../errors";
import type { CatalogSort } from "../../schemas/catalog";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";

const SORT_FIELDS = { created_at: "createdAt", code: "code", name: "name" } as const;

export function toCatalogOrder(sort: CatalogSort): CatalogOrder {
  const descending = sort.startsWith("-");
  return { field: SORT_FIELDS[sort.replace(/^-/, "") as keyof typeof SORT_FIELDS], direction: descending ? "desc" : "asc" };
}

/** Runs a write that may set a code; a unique violation becomes a 409 naming `code`. */
export async function withUniqueCode<T>(resource: string, code: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (code !== undefined && isUniqueViolation(error)) {
      throw new AppError("conflict", `A ${resource} with code '${code}' already exists.`, { param: "code", cause: error });
    }
    throw error;
  }
}

type ArchivableRow = { id: string; archivedAt: Date | null };

/** Loads and locks a row for a change; archived rows are read-only until unarchived. */
export async function lockWritable<Row extends ArchivableRow>(db: Db, resource: string, id: string, lock: (db: Db, id: string) => Promise<Row | null>): Promise<Row> {
  const row = await lock(db, id);
  if (!row) throw notFound(resource, id);
  if (row.archivedAt) throw new AppError("invalid_state", `This ${resource} is archived; unarchive it before changing it.`);
  return row;
}

/**
 * A field that other records refer to by meaning (a code callers look up, a feature's type) may
 * change only while nothing refers to it yet.
 */
export async function assertUnreferenced(field: string, changed: boolean, countReferences: () => Promise<number>, referencedBy: string): Promise<void> {
  if (!changed) return;
  const references = await countReferences();
  if (references > 0) {
    throw new AppError("invalid_state", `${field} cannot change: ${references} ${referencedBy} already ${references === 1 ? "uses" : "use"} it.`, { param: field });
  }
}

export type ArchiveSpec<Row extends ArchivableRow, Dto> = {
  /** Audit resource type and message noun, e.g. "product_family" / "product family". */
  resourceType: string;
  resource: string;
  lock: (db: Db, id: string) => Promise<Row | null>;
  update: (db: Db, id: string, data: { archivedAt: Date | null; updatedAt: Date }) => Promise<Row>;
  toDto: (row: Row) => Dto;
};

/** Archive (archived = true) or unarchive: one transaction with its audit row; the other state answers 409. */
export async function setArchived<Row extends ArchivableRow, Dto>(ctx: Ctx, spec: ArchiveSpec<Row, Dto>, id: string, archived: boolean): Promise<Dto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const row = await spec.lock(tx, id);
    if (!row) throw notFound(spec.resource, id);
    if ((row.archivedAt !== null) === archived) {
      throw new AppError("invalid_state", `This ${spec.resource} is ${archived ? "already archived" : "not archived"}.`);
    }
    const updated = await spec.update(tx, row.id, { archivedAt: archived ? ctx.now : null, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: `${spec.resourceType}.${archived ? "archive" : "unarchive"}`, resourceType: spec.resourceType, resourceId: row.id });
    return spec.toDto(updated);
  });
}
