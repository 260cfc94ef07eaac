// How mail leaves Billow. SMTP_URL set: nodemailer over SMTP. Unset (development): nothing leaves,
// every mail is only recorded, and Settings › Outbox shows it with its attachment.
import "server-only";
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { env } from "../../env";

export type OutgoingMail = {
  from: string;
  to: string;
  subject: string;
  text: string;
  attachments: { filename: string; contentType: string; content: Buffer }[];
};

export type MailTransport = {
  /** smtp: delivered to a server; outbox: only recorded. */
  kind: "smtp" | "outbox";
  deliver(mail: OutgoingMail): Promise<void>;
};

/** The message nodemailer composes (MIME, attachments base64-encoded). */
export function toNodemailerMessage(mail: OutgoingMail): Mail.Options {
  return { from: mail.from, to: mail.to, subject: mail.subject, text: mail.text, attachments: mail.attachments };
}

const outboxOnly: MailTransport = { kind: "outbox", deliver: async () => {} };

const holder = globalThis as typeof globalThis & { __billowMailTransport?: MailTransport; __billowMailTransportOverride?: MailTransport };

function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    kind: "smtp",
    deliver: async (mail) => {
      await transporter.sendMail(toNodemailerMessage(mail));
    },
  };
}

export function mailTransport(): MailTransport {
  if (holder.__billowMailTransportOverride) return holder.__billowMailTransportOverride;
  const url = env().SMTP_URL;
  if (!url) return outboxOnly;
  holder.__billowMailTransport ??= smtpTransport(url);
  return holder.__billowMailTransport;
}

/** What the console tells the operator: mails go to an SMTP server, or are only recorded. */
export function mailDeliveryMode(): MailTransport["kind"] {
  return mailTransport().kind;
}

/** Tests swap in a transport (e.g. nodemailer's streamTransport); undefined restores the configured one. */
export function setMailTransportForTests(transport: MailTransport | undefined): void {
  holder.__billowMailTransportOverride = transport;
}

/** MAIL_FROM, else the seller's billing address under the seller's name, else a local placeholder. */
export function senderAddress(seller: { name: string; email: string | null } | null): string {
  const configured = env().MAIL_FROM;
  if (configured) return configured;
  if (seller?.email) return seller.name ? `"${seller.name.replaceAll('"', "")}" <${seller.email}>` : seller.email;
  return "Billow <billing@localhost>";
}
