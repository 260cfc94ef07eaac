import { describe, expect, it } from "vitest";
import { ZodError, z } from "zod";
import { BillingError } from "../billing/errors";
import { AppError } from "../errors";
import { toAppError } from "./error-response";

describe("toAppError", () => {
  it("keeps an AppError as it is", () => {
    const error = new AppError("not_found", "No customer.");
    expect(toAppError(error)).toBe(error);
  });

  it("maps a refused state transition to invalid_state (409)", () => {
    const mapped = toAppError(new BillingError("invalid_transition", "`resume` is not allowed: the subscription is active.", { from: "active", event: "resume" }));
    expect(mapped.code).toBe("invalid_state");
    expect(mapped.message).toContain("resume");
  });

  it("maps other billing errors to unprocessable (422) with the first issue as param", () => {
    const mapped = toAppError(new BillingError("invalid_charge", "Tiers overlap.", { issues: [{ path: "tiers[1].up_to", message: "Tiers overlap." }] }));
    expect(mapped).toMatchObject({ code: "unprocessable", param: "tiers[1].up_to", details: [{ param: "tiers[1].up_to", message: "Tiers overlap." }] });
  });

  it("keeps an invoice invariant violation an internal error (our bug, not the caller's)", () => {
    expect(toAppError(new BillingError("invoice_invariant_violated", "Totals differ.")).code).toBe("internal_error");
  });

  it("maps zod errors to invalid_request", () => {
    const result = z.object({ name: z.string() }).safeParse({});
    expect(toAppError(result.error as ZodError).code).toBe("invalid_request");
  });
});
