import { describe, expect, test } from "vitest";
import { AppError } from "../errors";
import { decodeKeysetCursor, encodeKeysetCursor, parseSort } from "./keyset-cursor";

describe("keyset cursors", () => {
  test("round-trip a string or numeric key with its id", () => {
    for (const cursor of [
      { sort: "name", key: "Ünïcode, \"quoted\"", id: "cus_1" },
      { sort: "-account_number", key: 42, id: "cus_2" },
    ]) {
      const encoded = encodeKeysetCursor(cursor);
      expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeKeysetCursor(encoded, cursor.sort)).toEqual(cursor);
    }
  });

  test("a cursor made for another sort, or garbage, is a 400 naming starting_after", () => {
    const cursor = encodeKeysetCursor({ sort: "name", key: "a", id: "cus_1" });
    for (const [value, sort] of [
      [cursor, "-name"],
      ["cus_01jd9x6f8v3k2m4n5p6q7r8s9t", "name"],
      [Buffer.from('["name",{},"x"]').toString("base64url"), "name"],
      [Buffer.from('{"a":1}').toString("base64url"), "name"],
    ] as const) {
      let error: unknown;
      try {
        decodeKeysetCursor(value, sort);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "invalid_request", param: "starting_after" });
    }
  });

  test("parseSort reads a leading '-' as descending", () => {
    expect(parseSort("name")).toEqual({ field: "name", direction: "asc" });
    expect(parseSort("-created_at")).toEqual({ field: "created_at", direction: "desc" });
  });
});
