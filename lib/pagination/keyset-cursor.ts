// Cursors for lists sorted by something other than the id. The cursor carries the sort it
// was made for, the last row's sort key and its id (the tie-breaker), so the next page starts
// strictly after that row even when many rows share the key. Opaque to callers (base64url JSON).
import { AppError } from "../errors";

export type SortDirection = "asc" | "desc";
/** `name` sorts ascending, `-name` descending. */
export type SortSpec<Field extends string> = { field: Field; direction: SortDirection };
export type KeysetKey = string | number;
export type KeysetCursor = { sort: string; key: KeysetKey; id: string };

export function parseSort<Field extends string>(sort: `${"" | "-"}${Field}`): SortSpec<Field> {
  return sort.startsWith("-") ? { field: sort.slice(1) as Field, direction: "desc" } : { field: sort as Field, direction: "asc" };
}

export function encodeKeysetCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.key, cursor.id])).toString("base64url");
}

const invalidCursor = (reason: string) =>
  new AppError("invalid_request", `starting_after is not a cursor for this list (${reason}): pass the next_cursor of the previous page with the same sort.`, {
    param: "starting_after",
  });

/** Decodes a cursor made by encodeKeysetCursor for the same `sort`; anything else is a 400 naming starting_after. */
export function decodeKeysetCursor(value: string, sort: string): KeysetCursor {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    throw invalidCursor("malformed");
  }
  if (!Array.isArray(decoded) || decoded.length !== 3) throw invalidCursor("malformed");
  const [cursorSort, key, id] = decoded as unknown[];
  if (typeof cursorSort !== "string" || (typeof key !== "string" && typeof key !== "number") || typeof id !== "string") throw invalidCursor("malformed");
  if (cursorSort !== sort) throw invalidCursor(`made for sort=${cursorSort}`);
  return { sort: cursorSort, key, id };
}
