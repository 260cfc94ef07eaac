// Deterministic demo customers: the same list on every run (a seeded generator, no Math.random).
import type { z } from "zod";
import type { createCustomerContactSchema, createCustomerSchema } from "../../schemas/customer";

export const DEMO_FAMILY_CODE = "billow-cloud";

type Country = { code: string; currency: string; locale: string; cities: string[]; taxPrefix: string | null };

export const DEMO_COUNTRIES: Country[] = [
  { code: "FR", currency: "EUR", locale: "fr-FR", cities: ["Paris", "Lyon", "Nantes", "Lille"], taxPrefix: "FR" },
  { code: "DE", currency: "EUR", locale: "de-DE", cities: ["Berlin", "Hamburg", "Munich", "Cologne"], taxPrefix: "DE" },
  { code: "NL", currency: "EUR", locale: "nl-NL", cities: ["Amsterdam", "Utrecht", "Rotterdam"], taxPrefix: "NL" },
  { code: "GB", currency: "GBP", locale: "en-GB", cities: ["London", "Manchester", "Leeds", "Bristol"], taxPrefix: "GB" },
  { code: "US", currency: "USD", locale: "en-US", cities: ["New York", "Austin", "Seattle", "Chicago", "Denver"], taxPrefix: null },
];

const PREFIXES = ["Acme", "Nimbus", "Blue", "Vertex", "Orbit", "Quartz", "Harbor", "Maple", "Lumen", "Pioneer", "Summit", "Nova", "Atlas", "Cedar", "Delta", "Echo"];
const SUFFIXES = ["Labs", "Systems", "Analytics", "Logistics", "Studio", "Health", "Robotics", "Foods", "Energy", "Media", "Software", "Partners"];
const FIRST_NAMES = ["Alice", "Bruno", "Chloé", "Daniel", "Emma", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Klara", "Liam", "Maya", "Noah", "Olga", "Pablo"];
const LAST_NAMES = ["Martin", "Schmidt", "de Vries", "Smith", "Johnson", "Dubois", "Müller", "Jansen", "Brown", "Garcia", "Lefèvre", "Weber"];
const STREETS = ["Main Street", "Station Road", "Harbour Lane", "Market Square", "Park Avenue", "Mill Road"];
const SEGMENTS = ["smb", "mid-market", "enterprise"];

/** mulberry32: a small, good-enough seeded generator. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type DemoCustomer = {
  customer: z.input<typeof createCustomerSchema>;
  contacts: z.input<typeof createCustomerContactSchema>[];
  /** Index into the demo's customer groups, or null. */
  groupIndex: number | null;
  disabled: boolean;
};

const slug = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

export function demoCustomers(count: number, countries: Country[], seed = 2026): DemoCustomer[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, (_, index) => {
    const country = pick(countries);
    const company = random() < 0.8;
    const person = `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
    const name = company ? `${pick(PREFIXES)} ${pick(SUFFIXES)} ${index + 1}` : person;
    const domain = company ? `${slug(name)}.example` : "mail.example";
    const email = company ? `billing@${domain}` : `${slug(person)}.${index + 1}@${domain}`;
    const reference = `CRM-${String(10_000 + index)}`;
    return {
      customer: {
        name,
        email,
        type: company ? "company" : "individual",
        external_ref: reference,
        locale: country.locale,
        preferred_currency: country.currency,
        ...(company && country.taxPrefix ? { tax_id: `${country.taxPrefix}${String(100_000_000 + index * 7919).slice(0, 9)}` } : {}),
        billing_address: { line1: `${1 + Math.floor(random() * 200)} ${pick(STREETS)}`, city: pick(country.cities), postal_code: String(10_000 + Math.floor(random() * 89_999)), country: country.code },
        payment_terms_days: company ? pick([0, 14, 30]) : 0,
        metadata: { segment: company ? pick(SEGMENTS) : "consumer", source: pick(["website", "sales", "partner"]) },
      },
      contacts: company && random() < 0.5 ? [{ name: person, email: `${slug(person)}@${domain}`, role: "billing", receives_invoices: true }] : [],
      groupIndex: company && random() < 0.15 ? (random() < 0.5 ? 0 : 1) : null,
      disabled: random() < 0.04,
    };
  });
}
