import { describe, expect, it } from "vitest";
import { BillingError } from "./errors";
import { formatInvoiceNumber, invoiceNumberSeries, parseInvoiceNumberFormat } from "./invoice-number";

const day = (year: number, month: number, dayOfMonth: number) => ({ year, month, day: dayOfMonth });

describe("formatInvoiceNumber", () => {
  it.each([
    ["INV-{YYYY}-{0000}", day(2026, 1, 5), 1, "INV-2026-0001"],
    ["INV-{YYYY}-{0000}", day(2026, 12, 31), 12345, "INV-2026-12345"],
    ["{YY}{MM}{DD}/{000000}", day(2007, 3, 9), 42, "070309/000042"],
    ["B-{0}", day(2026, 1, 1), 987, "B-987"],
    ["{0000}-{YYYY}", day(999, 1, 1), 7, "0007-0999"],
  ])("%s on %o, sequence %i → %s", (format, date, sequence, expected) => {
    expect(formatInvoiceNumber(parseInvoiceNumberFormat(format), date, sequence)).toBe(expected);
  });

  it.each([0, -1, 1.5, Number.MAX_SAFE_INTEGER + 1])("refuses sequence %d", (sequence) => {
    expect(() => formatInvoiceNumber(parseInvoiceNumberFormat("INV-{0000}"), day(2026, 1, 1), sequence)).toThrow(/positive whole number/);
  });
});

describe("invoiceNumberSeries", () => {
  it("restarts a yearly format each year and never restarts a plain one", () => {
    const yearly = parseInvoiceNumberFormat("INV-{YYYY}-{0000}");
    expect(invoiceNumberSeries(yearly, day(2026, 12, 31))).toBe("INV-2026-#");
    expect(invoiceNumberSeries(yearly, day(2027, 1, 1))).toBe("INV-2027-#");
    const plain = parseInvoiceNumberFormat("INV-{0000}");
    expect(invoiceNumberSeries(plain, day(2026, 1, 1))).toBe(invoiceNumberSeries(plain, day(2031, 6, 1)));
  });

  it("a monthly format has one series per month", () => {
    const monthly = parseInvoiceNumberFormat("{YYYY}{MM}-{000}");
    expect(invoiceNumberSeries(monthly, day(2026, 2, 1))).toBe("202602-#");
    expect(invoiceNumberSeries(monthly, day(2026, 2, 28))).toBe("202602-#");
    expect(invoiceNumberSeries(monthly, day(2026, 3, 1))).toBe("202603-#");
  });
});

describe("parseInvoiceNumberFormat", () => {
  it("reads the sequence width", () => {
    expect(parseInvoiceNumberFormat("INV-{YYYY}-{00000}")).toEqual({ template: "INV-{YYYY}-{00000}", sequenceWidth: 5 });
  });

  it.each([
    ["", "1 to 60 characters"],
    ["X".repeat(61), "1 to 60 characters"],
    ["INV {0000}", "printable ASCII"],
    ["INV-é-{0000}", "printable ASCII"],
    ["INV-{YYYY}", "exactly one sequence token"],
    ["{0000}-{000}", "exactly one sequence token"],
    ["INV-{0000000000000}", "at most 12 zeros"],
    ["INV-{YYY}-{0000}", "Unknown token {YYY}"],
    ["INV-{}-{0000}", "Unknown token {}"],
  ])("refuses %j (%s), naming the field", (format, message) => {
    let error: unknown;
    try {
      parseInvoiceNumberFormat(format);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BillingError);
    expect((error as BillingError).message).toContain(message);
    expect((error as BillingError).details).toEqual({ issues: [{ path: "invoice_number_format", message: (error as BillingError).message }] });
  });
});
