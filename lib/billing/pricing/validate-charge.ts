import { isCurrencyCode } from "../currency";
import { powerOfTen } from "../decimal";
import { BillingError } from "../errors";
import { formatFixed, MAX_DECIMAL_PLACES, parseFixed, UNIT_DIGITS } from "./fixed-point";
import type { ChargeDefinition, Tier } from "./types";

/** `path` names the offending field the way the definition spells it: "tiers.1.upTo", "rate". */
export type ChargeIssue = { path: string; message: string };

// Fields are compared × 10^UNIT_DIGITS, exact for every valid decimal.
const ONE = powerOfTen(UNIT_DIGITS);
const HUNDRED = 100n * ONE;

/** Records issues while reading fields; a field with an issue reads as undefined, so checks built on it are skipped. */
class FieldChecker {
  readonly issues: ChargeIssue[] = [];

  issue(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  /** The value × 10^UNIT_DIGITS, or undefined (after recording an issue) unless it is a non-negative decimal. */
  nonNegative(path: string, value: string | undefined, { optional = false } = {}): bigint | undefined {
    if (value === undefined && optional) return undefined;
    const parsed = parseFixed(value, UNIT_DIGITS);
    if (parsed === undefined) {
      this.issue(path, `${path} must be a decimal string with at most ${MAX_DECIMAL_PLACES} decimal places, such as "12.5" (got ${JSON.stringify(value)}).`);
    } else if (parsed < 0n) {
      this.issue(path, `${path} must not be negative (got ${value}).`);
      return undefined;
    }
    return parsed;
  }

  /** Two optional non-negative bounds; the lower one must not exceed the upper one. */
  ordered([lowerPath, lowerValue]: [string, string | undefined], [upperPath, upperValue]: [string, string | undefined]): void {
    const lower = this.nonNegative(lowerPath, lowerValue, { optional: true });
    const upper = this.nonNegative(upperPath, upperValue, { optional: true });
    if (lower !== undefined && upper !== undefined && lower > upper) {
      this.issue(lowerPath, `${lowerPath} (${lowerValue}) must not exceed ${upperPath} (${upperValue}).`);
    }
  }
}

/**
 * Every problem of a charge definition, in field order; empty when it is valid. Checks the runtime
 * values too, since definitions arrive as JSON.
 */
export function validateCharge(def: ChargeDefinition): ChargeIssue[] {
  const fields = new FieldChecker();
  if (!isCurrencyCode(def.currency)) fields.issue("currency", `Unknown ISO 4217 currency code: ${JSON.stringify(def.currency)}.`);

  switch (def.model) {
    case "flat":
      fields.nonNegative("amount", def.amount);
      break;
    case "per_unit":
    case "per_seat":
      fields.nonNegative("unitPrice", def.unitPrice);
      break;
    case "graduated":
    case "volume":
      checkTiers(fields, def.tiers);
      break;
    case "package": {
      const size = fields.nonNegative("packageSize", def.packageSize);
      if (size !== undefined && (size === 0n || size % ONE !== 0n)) fields.issue("packageSize", "packageSize must be a whole number greater than 0.");
      fields.nonNegative("packagePrice", def.packagePrice);
      fields.nonNegative("freeUnits", def.freeUnits, { optional: true });
      break;
    }
    case "percentage": {
      const rate = fields.nonNegative("rate", def.rate);
      if (rate !== undefined && rate > HUNDRED) fields.issue("rate", "rate is a percentage and must be between 0 and 100.");
      fields.nonNegative("fixedFeePerTransaction", def.fixedFeePerTransaction, { optional: true });
      const free = def.freeTransactions;
      if (free !== undefined && !(Number.isSafeInteger(free) && free >= 0)) {
        fields.issue("freeTransactions", "freeTransactions must be a whole number of at least 0.");
      }
      fields.ordered(["minPerTransaction", def.minPerTransaction], ["maxPerTransaction", def.maxPerTransaction]);
      break;
    }
    default:
      fields.issue("model", `Unknown charge model: ${JSON.stringify((def as { model: unknown }).model)}.`);
  }

  fields.ordered(["minimumSpend", def.minimumSpend], ["maximumSpend", def.maximumSpend]);
  return fields.issues;
}

/** Throws BillingError("invalid_charge") carrying every issue, with the first one as message. */
export function assertValidCharge(def: ChargeDefinition): void {
  const issues = validateCharge(def);
  const [first] = issues;
  if (first !== undefined) throw new BillingError("invalid_charge", first.message, { issues });
}

// Bounds are inclusive and strictly ascending from 0; each tier starts right after the previous
// bound, so gaps and overlaps cannot be expressed and only the order needs checking.
function checkTiers(fields: FieldChecker, tiers: readonly Tier[]): void {
  if (!Array.isArray(tiers) || tiers.length === 0) {
    fields.issue("tiers", "At least one tier is required.");
    return;
  }
  let previousBound = 0n;
  tiers.forEach((tier, index) => {
    const path = `tiers.${index}`;
    const isLast = index === tiers.length - 1;
    if (tier.upTo === null) {
      if (!isLast) fields.issue(`${path}.upTo`, `Only the last tier may be open-ended (upTo: null); tier ${index + 1} of ${tiers.length} is.`);
    } else if (isLast) {
      fields.issue(`${path}.upTo`, "The last tier must be open-ended (upTo: null) so that every quantity has a price.");
    } else {
      const bound = fields.nonNegative(`${path}.upTo`, tier.upTo);
      if (bound !== undefined && bound <= previousBound) {
        const after = index === 0 ? "0" : `the previous tier's upTo (${formatFixed(previousBound, UNIT_DIGITS)})`;
        fields.issue(`${path}.upTo`, `Tier bounds must ascend strictly: ${path}.upTo must be greater than ${after}.`);
      }
      if (bound !== undefined && bound > previousBound) previousBound = bound;
    }
    fields.nonNegative(`${path}.unitPrice`, tier.unitPrice);
    fields.nonNegative(`${path}.flatFee`, tier.flatFee, { optional: true });
  });
}
