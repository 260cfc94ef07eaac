import { BillingError } from "../errors";
import { AMOUNT_DIGITS, formatFixed, parseFixed } from "./fixed-point";
import type { BreakdownLine } from "./types";

/** Collects one rating's breakdown lines and their exact total (major units × 10^AMOUNT_DIGITS). */
export class Breakdown {
  readonly lines: BreakdownLine[] = [];
  total = 0n;

  add(description: string, quantity: string, unitPrice: string | undefined, amount: bigint): void {
    this.lines.push({ description, quantity, unitPrice, amount: formatFixed(amount, AMOUNT_DIGITS) });
    this.total += amount;
  }

  /** Adds a copy of a line built at compile time, whose amount text is already formatted. */
  addFixed({ line, amount }: FixedLine): void {
    this.lines.push({ ...line });
    this.total += amount;
  }
}

/** A line that never changes between ratings, such as a tier's flat fee. */
export type FixedLine = { readonly line: BreakdownLine; readonly amount: bigint };

export function fixedLine(description: string, amount: bigint): FixedLine {
  return { line: { description, quantity: "1", unitPrice: undefined, amount: formatFixed(amount, AMOUNT_DIGITS) }, amount };
}

/**
 * A charge model compiled once (decimals already parsed): rating is bigint arithmetic only.
 * Quantities and transaction amounts arrive × 10^UNIT_DIGITS.
 */
export type ModelRater =
  | { readonly input: "quantity"; rate(quantity: bigint, breakdown: Breakdown): void }
  | { readonly input: "transactions"; rate(amounts: readonly bigint[], breakdown: Breakdown): void };

/** Parses a decimal the definition's validation has already accepted. */
export function parseValidated(value: string, digits: number): bigint {
  const parsed = parseFixed(value, digits);
  if (parsed === undefined) throw new BillingError("invalid_charge", `Not a validated decimal: ${JSON.stringify(value)}`, { value });
  return parsed;
}

/** parseValidated for an optional field: null when it is absent. */
export function parseOptional(value: string | undefined, digits: number): bigint | null {
  return value === undefined ? null : parseValidated(value, digits);
}
