import type { EmailMessageDto } from "@/lib/schemas/invoice-document";

/** What the console says after a send, by the recorded message's status. */
export function sendResultMessage(message: Pick<EmailMessageDto, "status" | "to" | "error">): { ok: boolean; text: string } {
  switch (message.status) {
    case "sent":
      return { ok: true, text: `Sent to ${message.to}.` };
    case "outbox":
      return { ok: true, text: `Recorded in the outbox for ${message.to} (no SMTP server is configured, nothing was sent).` };
    case "failed":
      return { ok: false, text: `The mail server refused it: ${message.error ?? "no reason given"}.` };
  }
}
