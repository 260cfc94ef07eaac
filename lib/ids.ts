// Prefixed public ids (`cus_01jd…`). The body is time-ordered (48-bit milliseconds, then
// 80 random bits, Crockford base32), so sorting by id is sorting by creation time:
// cursor pagination can page on the id alone.
import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

export const ID_PREFIXES = {
  user: "usr",
  invitation: "uinv",
  apiKey: "key",
  customer: "cus",
  customerContact: "cct",
  customerGroup: "cgrp",
  productFamily: "pfam",
  product: "prod",
  unit: "unit",
  feature: "feat",
  plan: "plan",
  planVersion: "plv",
  planCharge: "chg",
  priceOverride: "povr",
  exchangeRate: "fxr",
  coupon: "cpn",
  discountCode: "dc",
  couponRedemption: "cred",
  taxRate: "txr",
  subscription: "sub",
  subscriptionItem: "si",
  subscriptionEvent: "sev",
  scheduledChange: "ssc",
  testClock: "clk",
  invoice: "in",
  invoiceLine: "il",
  creditNote: "cn",
  creditNoteLine: "cnl",
  balanceTransaction: "cbt",
  payment: "pay",
  emailMessage: "msg",
  job: "job",
  meter: "mtr",
  usageLimit: "ulim",
  webhookEvent: "evt",
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

function encodeBase32(value: bigint, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) {
    out = ALPHABET[Number(value & 31n)] + out;
    value >>= 5n;
  }
  return out;
}

export function createId(kind: IdKind, now: number = Date.now()): string {
  const time = encodeBase32(BigInt(now), 10);
  const random = encodeBase32(BigInt(`0x${randomBytes(10).toString("hex")}`), 16);
  return `${ID_PREFIXES[kind]}_${time}${random}`;
}

export function isIdOf(kind: IdKind, value: string): boolean {
  return new RegExp(`^${ID_PREFIXES[kind]}_[0-9a-hjkmnp-tv-z]{26}$`).test(value);
}
