import "server-only";
import { nextBillingTime } from "../../billing/billing-schedule";
import { effectiveCustomerSettings } from "../../customers/effective-settings";
import { advanceBillingCursors } from "../../db/billing-run";
import { lockCustomers } from "../../db/customers";
import type { InvoiceReason } from "../../db/generated/enums";
import {
  balanceKey,
  customerBalances,
  findBillingSettings,
  insertBalanceTransactions,
  insertInvoices,
  setInvoiceNumbers,
  type BalanceTransactionData,
  type InvoiceRecord,
} from "../../db/invoices";
import { insertSubscriptionEvents, type SubscriptionEventData, type SubscriptionRow } from "../../db/subscriptions";
import type { Db } from "../../db/types";
import { createId } from "../../ids";
import { recordAudits, type AuditEntry } from "../audit";
import { actorLabel, type Ctx } from "../context";
import { nextDocumentNumbers } from "../invoices/document-number";
import { invoiceParties, settleInvoice } from "../invoices/settlement";
import { draftInvoiceRecord } from "../invoices/store-invoice";
import { billingCycleOf } from "../subscriptions/dto";
import { assembleSubscriptionInvoice, loadAssemblyInputs, loadPeriodUsage } from "./subscription-invoice";

const HOUR_MS = 3_600_000;

/** Bill each subscription's periods whose invoice is due at or before `upTo`. */
export type BillingEntry = { subscription: SubscriptionRow; upTo: Date };

export type BilledPeriods = { invoiceIds: string[]; finalized: number };

export const subscriptionBillingKey = (subscriptionId: string, periodIndex: number) => `${subscriptionId}:period:${periodIndex}`;

function invoiceReason(subscription: SubscriptionRow, periodIndex: number, at: Date): InvoiceReason {
  if (subscription.endedAt && at >= subscription.endedAt) return "SUBSCRIPTION_END";
  return periodIndex === 0 ? "SUBSCRIPTION_CREATE" : "SUBSCRIPTION_CYCLE";
}

/**
 * Makes the invoices that open the due periods of several subscriptions at once, inside the
 * caller's transaction, which must hold the subscriptions' row locks. Each period's invoice is
 * assembled by the rating engine, stored with a unique billing key (subscription and period), and
 * finalized at its billing time unless the account reviews drafts first (BillingSettings
 * draftGraceHours); periods with nothing to charge make no invoice; every cursor moves past the
 * billed periods. Reads and writes are batched across subscriptions (a handful of statements for
 * a whole chunk), which is what lets a billing run keep up with many thousands of renewals.
 */
export async function billPeriods(tx: Db, ctx: Ctx, entries: readonly BillingEntry[]): Promise<BilledPeriods> {
  const billed: BilledPeriods = { invoiceIds: [], finalized: 0 };
  if (entries.length === 0) return billed;
  const subscriptions = entries.map((entry) => entry.subscription);
  const subscriptionsById = new Map(subscriptions.map((subscription) => [subscription.id, subscription]));
  const inputs = await loadAssemblyInputs(tx, subscriptions);
  const settings = await findBillingSettings(tx);
  const graceMs = settings.draftGraceHours * HOUR_MS;
  const customerIds = [...new Set(subscriptions.map((subscription) => subscription.customerId))];
  // Locked: finalization spends their credit balances.
  const customers = await lockCustomers(tx, customerIds);
  const balances = graceMs === 0 ? await customerBalances(tx, customerIds) : new Map<string, bigint>();

  const records: InvoiceRecord[] = [];
  const events: SubscriptionEventData[] = [];
  const cursors: { id: string; nextPeriodIndex: number; nextBillingAt: Date | null }[] = [];
  for (const { subscription, upTo } of entries) {
    const cycle = billingCycleOf(subscription);
    const customer = customers.get(subscription.customerId)!;
    const effective = effectiveCustomerSettings(customer, customer.group);
    let periodIndex = subscription.nextPeriodIndex;
    let at = subscription.nextBillingAt;
    for (; at !== null && at <= upTo; at = nextBillingTime(cycle, ++periodIndex, subscription.endedAt)) {
      const assembled = assembleSubscriptionInvoice(inputs, subscription, periodIndex, await loadPeriodUsage(tx, inputs, subscription, periodIndex));
      if (assembled.lines.length === 0) continue;
      const record = draftInvoiceRecord({
        customerId: subscription.customerId,
        subscriptionId: subscription.id,
        billingKey: subscriptionBillingKey(subscription.id, periodIndex),
        reason: invoiceReason(subscription, periodIndex, at),
        period: { index: periodIndex, start: assembled.draft.periodStart, end: assembled.draft.periodEnd },
        currency: subscription.currency,
        lines: assembled.lines,
        totals: assembled.draft.totals,
        couponNames: assembled.couponNames,
        locale: effective.locale,
        issuedAt: at,
        autoFinalizeAt: graceMs > 0 ? new Date(at.getTime() + graceMs) : null,
        testClockId: subscription.testClockId,
      });
      records.push(record);
      events.push({
        id: createId("subscriptionEvent", at.getTime()),
        subscriptionId: subscription.id,
        type: "invoice_created",
        fromStatus: null,
        toStatus: null,
        details: { invoice_id: record.data.id, period_index: periodIndex, total: Number(record.data.totalMinor) },
        occurredAt: at,
        actorLabel: actorLabel(ctx.actor),
      });
    }
    cursors.push({ id: subscription.id, nextPeriodIndex: periodIndex, nextBillingAt: at });
  }

  const balanceTransactions: BalanceTransactionData[] = [];
  const finalized: { id: string; status: "OPEN" | "PAID" }[] = [];
  if (graceMs === 0) {
    records.forEach((record) => {
      const { data } = record;
      const subscription = subscriptionsById.get(data.subscriptionId!)!;
      const customer = customers.get(data.customerId)!;
      const effective = effectiveCustomerSettings(customer, customer.group);
      const key = balanceKey(data.customerId, data.currency);
      const settlement = settleInvoice({
        totalMinor: data.totalMinor,
        balanceMinor: balances.get(key) ?? 0n,
        at: data.issuedAt,
        termsDays: subscription.paymentTermsDays ?? effective.paymentTermsDays,
      });
      if (settlement.balanceChange) {
        balances.set(key, (balances.get(key) ?? 0n) + settlement.balanceChange.amountMinor);
        balanceTransactions.push({
          id: createId("balanceTransaction", data.issuedAt.getTime()),
          customerId: data.customerId,
          currency: data.currency,
          invoiceId: data.id,
          createdAt: data.issuedAt,
          ...settlement.balanceChange,
        });
      }
      // Stored as drafts with everything but status and number, which are set last (below).
      finalized.push({ id: data.id, status: settlement.status });
      Object.assign(data, {
        parties: invoiceParties(settings, customer, effective),
        creditAppliedMinor: settlement.creditAppliedMinor,
        amountDueMinor: settlement.amountDueMinor,
        finalizedAt: data.issuedAt,
        dueAt: settlement.dueAt,
        paidAt: settlement.paidAt,
      });
    });
  }

  await insertInvoices(tx, records);
  await insertBalanceTransactions(tx, balanceTransactions);
  await insertSubscriptionEvents(tx, events);
  await advanceBillingCursors(tx, cursors);
  if (finalized.length > 0) {
    // Numbers last: the series counters stay locked until commit, so concurrent runs wait on them
    // only for this tail, not for the whole chunk's writes.
    const numbers = await nextDocumentNumbers(tx, settings.invoiceNumberFormat, records.map((record) => record.data.issuedAt), settings.defaultTimeZone);
    await setInvoiceNumbers(tx, finalized.map((invoice, index) => ({ ...invoice, number: numbers[index]! })));
    await recordAudits(
      tx,
      ctx,
      records.map(({ data }, index): AuditEntry => ({
        action: "invoice.finalize",
        resourceType: "invoice",
        resourceId: data.id,
        details: { number: numbers[index]!, total: data.totalMinor.toString(), amount_due: (data.amountDueMinor ?? 0n).toString(), currency: data.currency },
      })),
    );
    billed.finalized = finalized.length;
  }
  billed.invoiceIds = records.map((record) => record.data.id);
  return billed;
}
