import "server-only";
import type { EmailStatus } from "../../schemas/invoice-document";
import type { Ctx } from "../context";
import { mailTransport, type OutgoingMail } from "./mail-transport";

export type DeliveryOutcome = { status: EmailStatus; error: string | null; sentAt: Date | null };

/**
 * Hands the mail to the configured transport. A refusal is an outcome to record, not an
 * exception: the message is kept as `failed` with the server's answer, and can be sent again.
 */
export async function deliverMail(ctx: Ctx, mail: OutgoingMail): Promise<DeliveryOutcome> {
  const transport = mailTransport();
  try {
    await transport.deliver(mail);
  } catch (error) {
    console.error(`[${ctx.requestId}] mail to ${mail.to} failed`, error);
    return { status: "failed", error: error instanceof Error ? error.message : String(error), sentAt: null };
  }
  return transport.kind === "outbox" ? { status: "outbox", error: null, sentAt: null } : { status: "sent", error: null, sentAt: ctx.now };
}
