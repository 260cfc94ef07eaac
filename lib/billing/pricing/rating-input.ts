import { BillingError } from "../errors";
import { MAX_DECIMAL_PLACES, parseFixed, UNIT_DIGITS } from "./fixed-point";
import type { RatingInput } from "./types";

/** The input's quantity × 10^UNIT_DIGITS; throws BillingError("invalid_rating_input") unless it is a non-negative decimal. */
export function readQuantity(input: RatingInput): bigint {
  if (!("quantity" in input)) throw invalidInput("quantity", "This charge model prices a quantity, not transactions.");
  return readNonNegative("quantity", input.quantity);
}

/** The input's transaction amounts × 10^UNIT_DIGITS, each a non-negative decimal. */
export function readTransactions(input: RatingInput): bigint[] {
  if (!("transactions" in input) || !Array.isArray(input.transactions)) {
    throw invalidInput("transactions", "The percentage model prices a list of transaction amounts, not a quantity.");
  }
  return input.transactions.map((amount, index) => readNonNegative(`transactions.${index}`, amount));
}

function readNonNegative(path: string, value: string): bigint {
  const parsed = parseFixed(value, UNIT_DIGITS);
  if (parsed === undefined) {
    throw invalidInput(path, `${path} must be a decimal string with at most ${MAX_DECIMAL_PLACES} decimal places, such as "12.5" (got ${JSON.stringify(value)}).`);
  }
  if (parsed < 0n) throw invalidInput(path, `${path} must not be negative (got ${value}).`);
  return parsed;
}

// Same details shape as invalid_charge, so callers map both to field errors alike.
function invalidInput(path: string, message: string): BillingError {
  return new BillingError("invalid_rating_input", message, { issues: [{ path, message }] });
}
