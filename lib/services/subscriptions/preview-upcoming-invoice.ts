import "server-only";
import { prisma } from "../../db/client";
import type { SubscriptionRow } from "../../db/subscriptions";
import { AppError } from "../../errors";
import { isoDate } from "../../schemas/common";
import type { UpcomingInvoiceDto } from "../../schemas/subscription";
import { assembleSubscriptionInvoice, loadAssemblyInputs, loadPeriodUsage, type SubscriptionInvoice } from "../billing/subscription-invoice";
import type { Ctx } from "../context";
import { findSubscriptionOrThrow } from "./get-subscription";

function toUpcomingInvoiceDto(subscription: SubscriptionRow, { draft, lines }: SubscriptionInvoice): UpcomingInvoiceDto {
  const totalsByKey = new Map(draft.totals.lines.map((line) => [line.key, line]));
  return {
    object: "upcoming_invoice",
    subscription_id: subscription.id,
    customer_id: subscription.customerId,
    currency: draft.currency,
    period_index: draft.periodIndex,
    period_start: isoDate(draft.periodStart),
    period_end: isoDate(draft.periodEnd),
    lines: lines.map((line) => {
      const totals = totalsByKey.get(line.engineKey)!;
      return {
        key: line.key,
        description: line.description,
        kind: line.kind as UpcomingInvoiceDto["lines"][number]["kind"],
        period_start: isoDate(line.periodStart!),
        period_end: isoDate(line.periodEnd!),
        quantity: line.quantity,
        amount: Number(totals.amountMinor),
        discount: Number(totals.discountMinor),
        tax: Number(totals.taxMinor),
        total: Number(totals.totalMinor),
        breakdown: line.breakdown.map(({ description, quantity, unitPrice, amount }) => ({
          description,
          quantity,
          ...(unitPrice !== undefined ? { unit_price: unitPrice } : {}),
          amount,
        })),
      };
    }),
    subtotal: Number(draft.totals.subtotalMinor),
    discount: Number(draft.totals.discountMinor),
    tax: Number(draft.totals.taxMinor),
    total: Number(draft.totals.totalMinor),
    amount_due: Number(draft.totals.amountDueMinor),
    notes: draft.totals.notes,
  };
}

/**
 * The invoice the next billing run would create: the one opening period `nextPeriodIndex`, from the
 * stored items, the subscription's coupons, the customer's tax rates and the metered usage of the
 * period it bills in arrears (so far, for the period still running). Nothing is stored.
 */
export async function previewUpcomingInvoice(_ctx: Ctx, subscriptionId: string): Promise<UpcomingInvoiceDto> {
  const db = prisma();
  const subscription = await findSubscriptionOrThrow(db, subscriptionId);
  if (subscription.nextBillingAt === null) throw new AppError("invalid_state", "This subscription bills nothing more: it has no upcoming invoice.");
  const inputs = await loadAssemblyInputs(db, [subscription]);
  const usage = await loadPeriodUsage(db, inputs, subscription, subscription.nextPeriodIndex);
  return toUpcomingInvoiceDto(subscription, assembleSubscriptionInvoice(inputs, subscription, subscription.nextPeriodIndex, usage));
}
