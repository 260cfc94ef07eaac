/**
 * Invoice numbers from a format such as `INV-{YYYY}-{0000}`. Date tokens are filled from the
 * finalization date (a local date in the account's time zone); the run of zeros in braces is the
 * sequence, zero-padded to its width (wider numbers are not cut). The sequence counts per
 * *series*: the format with its date tokens filled in and the sequence left out, so
 * `INV-{YYYY}-{0000}` restarts at 1 each year and `INV-{0000}` never restarts.
 */
import { BillingError } from "./errors";
import type { LocalDate } from "./local-date";

const SEQUENCE = /\{(0+)\}/g;
const DATE_TOKENS = new Set(["{YYYY}", "{YY}", "{MM}", "{DD}"]);
const ANY_TOKEN = /\{[^}]*\}/g;
const SEQUENCE_TOKEN = /^\{0+\}$/;
const MAX_FORMAT_LENGTH = 60;

export type InvoiceNumberFormat = { template: string; sequenceWidth: number };

function invalid(message: string): never {
  throw new BillingError("invalid_invoice_input", message, { issues: [{ path: "invoice_number_format", message }] });
}

/** Checks a format: exactly one sequence token (1–12 zeros), known date tokens only, printable and short. */
export function parseInvoiceNumberFormat(format: string): InvoiceNumberFormat {
  if (format.length === 0 || format.length > MAX_FORMAT_LENGTH) invalid(`The format must have 1 to ${MAX_FORMAT_LENGTH} characters.`);
  if (!/^[\x21-\x7e]+$/.test(format)) invalid("The format may only use printable ASCII characters without spaces.");
  const sequences = [...format.matchAll(SEQUENCE)];
  if (sequences.length !== 1) invalid("The format needs exactly one sequence token such as {0000}.");
  const sequenceWidth = sequences[0]![1]!.length;
  if (sequenceWidth > 12) invalid("The sequence token may have at most 12 zeros.");
  for (const [token] of format.matchAll(ANY_TOKEN)) {
    if (!DATE_TOKENS.has(token) && !SEQUENCE_TOKEN.test(token)) invalid(`Unknown token ${token}: use {YYYY}, {YY}, {MM}, {DD} and one {0000}.`);
  }
  return { template: format, sequenceWidth };
}

const pad = (value: number, width: number) => String(value).padStart(width, "0");

function fillDate(template: string, date: LocalDate): string {
  return template
    .replaceAll("{YYYY}", pad(date.year, 4))
    .replaceAll("{YY}", pad(date.year % 100, 2))
    .replaceAll("{MM}", pad(date.month, 2))
    .replaceAll("{DD}", pad(date.day, 2));
}

/** The series a number belongs to: its own sequence counter. */
export function invoiceNumberSeries(format: InvoiceNumberFormat, date: LocalDate): string {
  return fillDate(format.template, date).replace(SEQUENCE, "#");
}

export function formatInvoiceNumber(format: InvoiceNumberFormat, date: LocalDate, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) {
    throw new BillingError("invalid_invoice_input", `The sequence must be a positive whole number, got ${sequence}.`);
  }
  return fillDate(format.template, date).replace(SEQUENCE, pad(sequence, format.sequenceWidth));
}
