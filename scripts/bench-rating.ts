// `npm run bench:rating`: prices 1,000,000 usage-charge evaluations on a realistic mix of charge
// models with pre-compiled definitions and prints evaluations per second, overall and per model.
// A miss of the target is reported, not a failure; only a thrown error exits non-zero.
import { compileCharge, type CompiledCharge } from "../lib/billing/pricing/compile-charge";
import { rateCompiled } from "../lib/billing/pricing/rate-charge";
import type { ChargeDefinition, RatingInput } from "../lib/billing/pricing/types";

const EVALUATIONS = 1_000_000;
const WARM_UP = 100_000;
const TARGET_PER_SECOND = 500_000;
const INPUTS_PER_MODEL = 1_000;

type Workload = { name: string; charge: CompiledCharge; inputs: RatingInput[] };

function quantities(make: (index: number) => string): RatingInput[] {
  return Array.from({ length: INPUTS_PER_MODEL }, (_, index) => ({ quantity: make(index) }));
}

function workload(name: string, def: ChargeDefinition, inputs: RatingInput[]): Workload {
  return { name, charge: compileCharge(def), inputs };
}

const workloads: Workload[] = [
  workload(
    "graduated (4 tiers)",
    {
      model: "graduated",
      currency: "USD",
      tiers: [
        { upTo: "1000", unitPrice: "0", flatFee: "0" },
        { upTo: "10000", unitPrice: "0.002" },
        { upTo: "100000", unitPrice: "0.0015", flatFee: "5" },
        { upTo: null, unitPrice: "0.001" },
      ],
    },
    quantities((i) => String(i * 257 + 13)),
  ),
  workload(
    "volume (3 tiers)",
    {
      model: "volume",
      currency: "EUR",
      tiers: [
        { upTo: "100", unitPrice: "0.50" },
        { upTo: "1000", unitPrice: "0.40", flatFee: "10" },
        { upTo: null, unitPrice: "0.30", flatFee: "25" },
      ],
    },
    quantities((i) => `${i * 3}.${i % 10}`),
  ),
  workload(
    "package (free units)",
    { model: "package", currency: "USD", packageSize: "100", packagePrice: "5", freeUnits: "250", minimumSpend: "10" },
    quantities((i) => String(i * 11)),
  ),
  workload(
    "percentage (5 transactions)",
    { model: "percentage", currency: "USD", rate: "2.9", fixedFeePerTransaction: "0.30", freeTransactions: 1, minPerTransaction: "0.50", maxPerTransaction: "20" },
    Array.from({ length: INPUTS_PER_MODEL }, (_, i) => ({
      transactions: [`${i}.99`, "12.50", `${(i * 7) % 500}.05`, "1999", `0.${i % 100}`],
    })),
  ),
  workload(
    "per_unit (sub-cent)",
    { model: "per_unit", currency: "USD", unitPrice: "0.0001", maximumSpend: "50" },
    quantities((i) => String(i * 123_457)),
  ),
];

/** Rates `count` evaluations round-robin over the workloads; returns elapsed nanoseconds and a checksum. */
function run(selected: readonly Workload[], count: number): { nanoseconds: bigint; checksum: bigint } {
  let checksum = 0n;
  const started = process.hrtime.bigint();
  for (let index = 0; index < count; index++) {
    const { charge, inputs } = selected[index % selected.length] as Workload;
    checksum += rateCompiled(charge, inputs[index % INPUTS_PER_MODEL] as RatingInput).amountMinor;
  }
  return { nanoseconds: process.hrtime.bigint() - started, checksum };
}

function perSecond(count: number, nanoseconds: bigint): number {
  return Math.round((count * 1e9) / Number(nanoseconds));
}

const format = (value: number) => value.toLocaleString("en-US");

run(workloads, WARM_UP);
const overall = run(workloads, EVALUATIONS);
const overallRate = perSecond(EVALUATIONS, overall.nanoseconds);
console.log(`rating benchmark: ${format(EVALUATIONS)} evaluations, mixed models (checksum ${overall.checksum})`);
console.log(`  overall                       ${format(overallRate).padStart(12)} evaluations/s  (${(Number(overall.nanoseconds) / 1e6).toFixed(0)} ms)`);

const perModelCount = EVALUATIONS / workloads.length;
for (const one of workloads) {
  const { nanoseconds } = run([one], perModelCount);
  console.log(`  ${one.name.padEnd(28)}  ${format(perSecond(perModelCount, nanoseconds)).padStart(12)} evaluations/s`);
}

const verdict = overallRate >= TARGET_PER_SECOND ? "meets" : "MISSES";
console.log(`${verdict} the target of ${format(TARGET_PER_SECOND)} evaluations/s on one core`);
