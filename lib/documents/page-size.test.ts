import { describe, expect, test } from "vitest";
import { pageSizeForLocale } from "./page-size";

describe("pageSizeForLocale", () => {
  test.each([
    ["en-US", "LETTER"],
    ["en-CA", "LETTER"],
    ["fr-CA", "LETTER"],
    ["es-MX", "LETTER"],
    ["en-PH", "LETTER"],
    ["en", "LETTER"], // likely region US
    ["en-GB", "A4"],
    ["fr", "A4"],
    ["fr-FR", "A4"],
    ["de", "A4"],
    ["de-CH", "A4"],
    ["es", "A4"], // likely region ES
    ["ja", "A4"],
    ["en-AU", "A4"],
    ["not a locale", "A4"],
  ])("%s prints on %s", (locale, size) => {
    expect(pageSizeForLocale(locale)).toBe(size);
  });
});
