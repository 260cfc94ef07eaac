import { describe, expect, test } from "vitest";
import { CODE_ALPHABET, randomCode, RANDOM_PART_LENGTH, uniqueCodes } from "./code-generator";

describe("randomCode", () => {
  test("a prefix, then symbols without look-alikes", () => {
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
    for (let i = 0; i < 200; i++) expect(randomCode("VIP-")).toMatch(new RegExp(`^VIP-[${CODE_ALPHABET}]{${RANDOM_PART_LENGTH}}$`));
  });

  test("bytes from 248 up are rejected, so every symbol is equally likely", () => {
    const bytes = [255, 248, 0, 31, 62, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const code = randomCode("", (size) => Uint8Array.from(bytes.splice(0, size)));
    expect(code).toBe(["A", "A", "A", "B", "C", "D", "E", "F", "G", "H"].join(""));
  });
});

describe("uniqueCodes", () => {
  test("draws again for codes the database already holds, and for duplicates within the batch", async () => {
    const draws = ["AAA", "AAA", "BBB", "TAKEN", "CCC", "DDD"];
    const asked: string[][] = [];
    const codes = await uniqueCodes(
      3,
      "",
      async (candidates) => {
        asked.push(candidates);
        return new Set(candidates.filter((code) => code === "TAKEN"));
      },
      () => draws.shift()!,
    );
    expect(codes).toEqual(["AAA", "BBB", "CCC"]);
    expect(asked).toEqual([["AAA", "BBB", "TAKEN"], ["CCC"]]);
  });

  test("gives up when the code space is exhausted", async () => {
    await expect(uniqueCodes(2, "", async (candidates) => new Set(candidates), () => "SAME")).rejects.toThrow("exhausted");
  });
});
