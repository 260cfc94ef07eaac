import { describe, expect, test } from "vitest";
import { rateCharge } from "./rate-charge";
import type { ChargeDefinition } from "./types";

type PercentageFields = Partial<Extract<ChargeDefinition, { model: "percentage" }>>;
const percentage = (fields: PercentageFields = {}): ChargeDefinition => ({ model: "percentage", currency: "USD", rate: "2.9", ...fields });
const CARD = percentage({ fixedFeePerTransaction: "0.30" });

describe("percentage", () => {
  test.each<{ name: string; def: ChargeDefinition; transactions: string[]; minor: bigint; exact: string }>([
    { name: "no transactions", def: CARD, transactions: [], minor: 0n, exact: "0" },
    { name: "2.9% + 0.30 of 100", def: CARD, transactions: ["100"], minor: 320n, exact: "3.2" },
    { name: "a zero transaction pays the fixed fee", def: CARD, transactions: ["0"], minor: 30n, exact: "0.3" },
    { name: "fees are summed exactly, rounded once", def: percentage({ rate: "1.5" }), transactions: ["0.33", "0.33", "0.33"], minor: 1n, exact: "0.01485" },
    { name: "tie rounds up", def: percentage({ rate: "50" }), transactions: ["0.01"], minor: 1n, exact: "0.005" },
    { name: "0%", def: percentage({ rate: "0" }), transactions: ["100"], minor: 0n, exact: "0" },
    { name: "100%", def: percentage({ rate: "100" }), transactions: ["12.34"], minor: 1234n, exact: "12.34" },
    { name: "minimum per transaction", def: percentage({ fixedFeePerTransaction: "0.30", minPerTransaction: "0.50" }), transactions: ["1"], minor: 50n, exact: "0.5" },
    { name: "minimum not reached", def: percentage({ fixedFeePerTransaction: "0.30", minPerTransaction: "0.50" }), transactions: ["10"], minor: 59n, exact: "0.59" },
    { name: "maximum per transaction", def: percentage({ fixedFeePerTransaction: "0.30", maxPerTransaction: "10" }), transactions: ["1000"], minor: 1000n, exact: "10" },
    {
      name: "min and max clamp each transaction on its own",
      def: percentage({ fixedFeePerTransaction: "0.30", minPerTransaction: "0.50", maxPerTransaction: "10" }),
      transactions: ["1", "100", "1000"],
      minor: 1370n,
      exact: "13.7",
    },
    { name: "the first transactions are free", def: percentage({ fixedFeePerTransaction: "0.30", freeTransactions: 2 }), transactions: ["1000", "1000", "100"], minor: 320n, exact: "3.2" },
    { name: "more free transactions than transactions", def: percentage({ fixedFeePerTransaction: "0.30", freeTransactions: 5 }), transactions: ["100", "100"], minor: 0n, exact: "0" },
    { name: "free transactions pay no minimum", def: percentage({ freeTransactions: 1, minPerTransaction: "1" }), transactions: ["0"], minor: 0n, exact: "0" },
    { name: "sub-cent fees", def: percentage({ rate: "0.01" }), transactions: ["0.01", "0.99"], minor: 0n, exact: "0.0001" },
    { name: "1e12 transaction", def: percentage(), transactions: ["1000000000000"], minor: 2_900_000_000_000n, exact: "29000000000" },
    { name: "12-decimal rate and amount", def: percentage({ rate: "0.000000000001" }), transactions: ["0.000000000001"], minor: 0n, exact: "0.00000000000000000000000001" },
    { name: "JPY", def: percentage({ currency: "JPY", rate: "3.6" }), transactions: ["1000", "1500"], minor: 90n, exact: "90" },
    { name: "JPY tie", def: percentage({ currency: "JPY", rate: "50" }), transactions: ["1"], minor: 1n, exact: "0.5" },
    { name: "KWD", def: percentage({ currency: "KWD", rate: "1.25" }), transactions: ["1.234"], minor: 15n, exact: "0.015425" },
  ])("$name", ({ def, transactions, minor, exact }) => {
    const rated = rateCharge(def, { transactions });
    expect(rated.amountMinor).toBe(minor);
    expect(rated.exactAmount).toBe(exact);
  });

  test("breakdown: free transactions, then one line for the charged ones", () => {
    const def = percentage({ fixedFeePerTransaction: "0.30", freeTransactions: 1, minPerTransaction: "0.50", maxPerTransaction: "10.00" });
    expect(rateCharge(def, { transactions: ["100", "1", "100"] }).breakdown).toEqual([
      { description: "Free transactions", quantity: "1", unitPrice: "0", amount: "0" },
      { description: "Transaction fees (2.9% + 0.3 per transaction, min 0.5, max 10)", quantity: "2", amount: "3.7" },
    ]);
    expect(rateCharge(CARD, { transactions: [] }).breakdown).toEqual([]);
  });
});
