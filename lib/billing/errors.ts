export type BillingErrorCode =
  | "currency_mismatch"
  | "unknown_currency"
  | "invalid_amount"
  | "amount_out_of_range"
  | "invalid_allocation"
  | "invalid_date"
  | "invalid_time_zone"
  | "invalid_period"
  | "invalid_charge"
  | "invalid_rating_input"
  | "invalid_coupon"
  | "invalid_tax_rate"
  | "invalid_invoice_input"
  | "invoice_not_due"
  | "invalid_transition"
  | "invoice_invariant_violated";

/** Domain error of the billing core. HTTP-free: lib/http/error-response.ts maps codes to statuses. */
export class BillingError extends Error {
  override readonly name = "BillingError";
  readonly code: BillingErrorCode;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: BillingErrorCode, message: string, details?: Readonly<Record<string, unknown>>) {
    super(message);
    this.code = code;
    this.details = details;
  }
}
