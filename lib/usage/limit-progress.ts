// How far a usage limit's period usage has gone towards its threshold, for a progress bar.
import { Dec } from "../billing/decimal";

/** Usage as a whole percentage of the threshold, rounded down and capped at 100 (a threshold is > 0). */
export function limitProgressPercent(usage: string, threshold: string): number {
  const percent = new Dec(usage).times(100).dividedBy(threshold).floor();
  return Math.max(0, Math.min(100, percent.toNumber()));
}
