/**
 * The paper an invoice is printed on, from its locale. US Letter is the norm in the United States,
 * Canada, Mexico, the Philippines and much of Central and South America; the rest of the world
 * uses ISO A4. A language without a region takes its most likely region (Intl.Locale#maximize):
 * `en` → US → Letter, `fr` → FR → A4, `es` → ES → A4.
 */
export type PageSize = "A4" | "LETTER";

/** ISO 3166-1 regions whose standard office paper is US Letter. */
export const LETTER_REGIONS: ReadonlySet<string> = new Set(["US", "PR", "CA", "MX", "GT", "SV", "HN", "NI", "CR", "PA", "DO", "CO", "VE", "CL", "PH"]);

/** Points (1/72 inch), as PDF viewers report a page: width × height. */
export const PAGE_DIMENSIONS: Readonly<Record<PageSize, readonly [number, number]>> = { A4: [595.28, 841.89], LETTER: [612, 792] };

export function pageSizeForLocale(locale: string): PageSize {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    return "A4"; // not a BCP 47 tag
  }
  return region !== undefined && LETTER_REGIONS.has(region) ? "LETTER" : "A4";
}
