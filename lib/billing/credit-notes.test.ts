import { describe, expect, test } from "vitest";
import { BillingError } from "./errors";
import { creditLineTax, creditableMinor, settleCredit } from "./credit-notes";

const line = (netMinor: bigint, taxMinor: bigint, creditedMinor = 0n, creditedTaxMinor = 0n) => ({ netMinor, taxMinor, creditedMinor, creditedTaxMinor });

describe("creditLineTax", () => {
  test.each([
    ["a full credit returns the line's tax", line(10_000n, 2_000n), 10_000n, 2_000n],
    ["half of a 20 % line", line(10_000n, 2_000n), 5_000n, 1_000n],
    ["rounds half up: 20 % of 0.05 is 0.01", line(10_000n, 2_000n), 5n, 1n],
    ["inclusive line: the share of the contained tax", line(12_000n, 2_000n), 6_000n, 1_000n],
    ["an untaxed line credits no tax", line(10_000n, 0n), 3_333n, 0n],
  ])("%s", (_name, creditable, amount, tax) => {
    expect(creditLineTax(creditable, amount)).toBe(tax);
  });

  test("successive thirds telescope to exactly the line's tax", () => {
    const taxes: bigint[] = [];
    let credited = 0n;
    let creditedTax = 0n;
    for (const amount of [3_333n, 3_333n, 3_334n]) {
      const tax = creditLineTax(line(10_000n, 2_000n, credited, creditedTax), amount);
      taxes.push(tax);
      credited += amount;
      creditedTax += tax;
    }
    expect(taxes).toEqual([667n, 666n, 667n]);
    expect(creditedTax).toBe(2_000n);
  });

  test.each([0n, -1n, 10_001n])("refuses %s on a 100.00 line", (amount) => {
    expect(() => creditLineTax(line(10_000n, 2_000n), amount)).toThrow(BillingError);
  });

  test("nothing remains creditable once credited in full", () => {
    expect(creditableMinor(line(10_000n, 2_000n, 10_000n, 2_000n))).toBe(0n);
    expect(creditableMinor(line(-500n, 0n))).toBe(0n);
  });
});

describe("settleCredit", () => {
  test.each([
    ["unpaid invoice: lowers what is due", { totalMinor: 3_000n, amountDueMinor: 12_000n, amountPaidMinor: 0n }, "refund", [3_000n, 0n, 0n]],
    ["partly paid: the unpaid part first, the rest refunded", { totalMinor: 5_000n, amountDueMinor: 12_000n, amountPaidMinor: 10_000n }, "refund", [2_000n, 3_000n, 0n]],
    ["partly paid: the rest to the balance", { totalMinor: 5_000n, amountDueMinor: 12_000n, amountPaidMinor: 10_000n }, "credit_balance", [2_000n, 0n, 3_000n]],
    ["paid: all refunded", { totalMinor: 12_000n, amountDueMinor: 12_000n, amountPaidMinor: 12_000n }, "refund", [0n, 12_000n, 0n]],
    ["covered by balance: a refund never exceeds what was paid", { totalMinor: 12_000n, amountDueMinor: 9_000n, amountPaidMinor: 9_000n }, "refund", [0n, 9_000n, 3_000n]],
  ] as const)("%s", (_name, amounts, mode, [reducesDueMinor, refundMinor, toBalanceMinor]) => {
    const settlement = settleCredit({ ...amounts, mode });
    expect(settlement).toEqual({ reducesDueMinor, refundMinor, toBalanceMinor });
    expect(settlement.reducesDueMinor + settlement.refundMinor + settlement.toBalanceMinor).toBe(amounts.totalMinor);
  });
});

test("settleCredit refuses a total that is not positive", () => {
  expect(() => settleCredit({ totalMinor: 0n, amountDueMinor: 100n, amountPaidMinor: 0n, mode: "refund" })).toThrow(BillingError);
});
