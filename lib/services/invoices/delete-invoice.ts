import "server-only";
import { deleteDraftInvoice } from "../../db/invoice-records";
import { AppError } from "../../errors";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { lockDraft } from "./draft-lines";

/** Deletes a draft with its lines; a finalized invoice keeps its number and is voided instead. */
export async function deleteInvoice(ctx: Ctx, invoiceId: string): Promise<{ object: "invoice"; id: string; deleted: true }> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const draft = await lockDraft(tx, invoiceId, "be deleted");
    if (draft.subscriptionId !== null) {
      // The billing run has moved past this period: deleting its draft would leave it unbilled.
      throw new AppError("invalid_state", `This draft bills subscription ${draft.subscriptionId}; edit its manual lines, or finalize and void it, instead of deleting it.`);
    }
    await deleteDraftInvoice(tx, invoiceId);
    await recordAudit(tx, ctx, {
      action: "invoice.delete",
      resourceType: "invoice",
      resourceId: invoiceId,
      details: { customer_id: draft.customerId, total: draft.totalMinor.toString(), currency: draft.currency },
    });
    return { object: "invoice" as const, id: invoiceId, deleted: true as const };
  });
}
