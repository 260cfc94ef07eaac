// The invoice PDF. It prints the stored invoice (InvoiceDocumentData) and never computes an
// amount: every figure is a stored column or a stored JSON value, only formatted here.
import { Document, Page, renderToBuffer, Text, View } from "@react-pdf/renderer";
import type { BreakdownLine } from "../billing/pricing/types";
import { documentFormat, printable, type DocumentFormat } from "./document-format";
import type { InvoiceDocumentData, InvoiceDocumentLine } from "./invoice-document-data";
import { documentLabels, type DocumentLabels } from "./labels";
import { pageSizeForLocale } from "./page-size";
import { DocumentHeader, Footer, TotalsBlock, Watermark, type TotalRow } from "./pdf-parts";
import { styles } from "./pdf-styles";

const MS_PER_DAY = 86_400_000;

/** "Nov 1 – 30, 2026": the last day shown is the day before the exclusive end. */
export function periodText(start: Date, endExclusive: Date, f: DocumentFormat, timeZone: string): string {
  const lastInstant = new Date(Math.max(start.getTime(), endExclusive.getTime() - 1));
  return printable(new Intl.DateTimeFormat(f.locale, { dateStyle: "medium", timeZone }).formatRange(start, lastInstant));
}

function paymentTerms(data: InvoiceDocumentData, t: DocumentLabels): string | null {
  if (!data.dueAt) return null;
  const days = Math.round((data.dueAt.getTime() - data.issuedAt.getTime()) / MS_PER_DAY);
  return days <= 0 ? t.dueOnReceipt : t.net(days);
}

function metaRows(data: InvoiceDocumentData, f: DocumentFormat, t: DocumentLabels): [string, string][] {
  const terms = paymentTerms(data, t);
  return [
    [t.invoiceNumber, data.number ?? t.draft],
    [t.issueDate, f.date(data.issuedAt)],
    ...(data.dueAt ? ([[t.dueDate, f.date(data.dueAt)]] as [string, string][]) : []),
    ...(terms ? ([[t.paymentTerms, terms]] as [string, string][]) : []),
    ...(data.periodStart && data.periodEnd ? ([[t.servicePeriod, periodText(data.periodStart, data.periodEnd, f, data.timeZone)]] as [string, string][]) : []),
    [t.accountNumber, data.parties.buyer.account_number],
  ];
}

function BreakdownRow({ entry, f }: { entry: BreakdownLine; f: DocumentFormat }) {
  return (
    <View style={styles.subRow}>
      <Text style={[styles.colDescription, styles.indent]}>{printable(entry.description)}</Text>
      <Text style={styles.colQuantity}>{f.quantity(entry.quantity)}</Text>
      <Text style={styles.colPrice}>{entry.unitPrice !== undefined ? f.decimalMoney(entry.unitPrice) : ""}</Text>
      <Text style={styles.colAmount}>{f.decimalMoney(entry.amount)}</Text>
    </View>
  );
}

function LineRow({ line, data, f }: { line: InvoiceDocumentLine; data: InvoiceDocumentData; f: DocumentFormat }) {
  // Lines with a unit price say it all; tiered, package and percentage lines show how they add up.
  const showBreakdown = line.unitAmount === null && line.breakdown.length > 0;
  return (
    <View wrap={false} style={styles.row}>
      <View style={{ flex: 1 }}>
        <View style={{ flexDirection: "row" }}>
          <View style={styles.colDescription}>
            <Text>{printable(line.description)}</Text>
            {line.periodStart && line.periodEnd && <Text style={styles.muted}>{periodText(line.periodStart, line.periodEnd, f, data.timeZone)}</Text>}
          </View>
          <Text style={styles.colQuantity}>{f.quantity(line.quantity)}</Text>
          <Text style={styles.colPrice}>{line.unitAmount !== null ? f.decimalMoney(line.unitAmount) : ""}</Text>
          <Text style={styles.colAmount}>{f.money(line.amountMinor)}</Text>
        </View>
        {showBreakdown && line.breakdown.map((entry, index) => <BreakdownRow key={index} entry={entry} f={f} />)}
      </View>
    </View>
  );
}

function totalRows(data: InvoiceDocumentData, f: DocumentFormat, t: DocumentLabels): TotalRow[] {
  const { summary } = data;
  const rows: TotalRow[] = [{ label: t.subtotal, value: f.money(data.subtotalMinor) }];
  if (summary.coupons.length > 0) {
    for (const coupon of summary.coupons) rows.push({ label: `${t.discount} (${coupon.name})`, value: f.money(-BigInt(coupon.discount_minor)) });
  } else if (data.discountMinor !== 0n) {
    rows.push({ label: t.discount, value: f.money(-data.discountMinor) });
  }
  const exclusiveTaxes = summary.tax_summary.filter((entry) => !entry.inclusive);
  if (exclusiveTaxes.length > 0) {
    for (const entry of exclusiveTaxes) rows.push({ label: `${entry.name} (${f.percent(entry.percent)})`, value: f.money(entry.tax_minor) });
  } else if (data.taxMinor !== 0n) {
    rows.push({ label: t.tax, value: f.money(data.taxMinor) });
  }
  rows.push({ label: t.total, value: f.money(data.totalMinor), grand: true });
  if (data.inclusiveTaxMinor !== 0n) rows.push({ label: t.includesTax, value: f.money(data.inclusiveTaxMinor) });
  if (data.creditAppliedMinor !== 0n) rows.push({ label: t.creditApplied, value: f.money(-data.creditAppliedMinor) });
  if (data.amountPaidMinor !== 0n) rows.push({ label: t.amountPaid, value: f.money(data.amountPaidMinor) });
  rows.push({ label: t.amountDue, value: f.money(data.amountDueMinor), grand: true });
  return rows;
}

function TaxSummary({ data, f, t }: { data: InvoiceDocumentData; f: DocumentFormat; t: DocumentLabels }) {
  if (data.summary.tax_summary.length === 0) return null;
  return (
    <View style={styles.section} wrap={false}>
      <Text style={styles.sectionHeading}>{t.taxSummary}</Text>
      <View style={styles.tableHead}>
        <Text style={[styles.headCell, styles.colDescription]}>{t.taxName}</Text>
        <Text style={[styles.headCell, styles.colQuantity]}>{t.taxRate}</Text>
        <Text style={[styles.headCell, styles.colPrice]}>{t.taxableBase}</Text>
        <Text style={[styles.headCell, styles.colAmount]}>{t.taxAmount}</Text>
      </View>
      {data.summary.tax_summary.map((entry) => (
        <View key={entry.rate_id} style={styles.row}>
          <Text style={styles.colDescription}>{printable(entry.inclusive ? `${entry.name} (${t.inclusive})` : entry.name)}</Text>
          <Text style={styles.colQuantity}>{f.percent(entry.percent)}</Text>
          <Text style={styles.colPrice}>{f.money(entry.taxable_base_minor)}</Text>
          <Text style={styles.colAmount}>{f.money(entry.tax_minor)}</Text>
        </View>
      ))}
    </View>
  );
}

function Notes({ data, t }: { data: InvoiceDocumentData; t: DocumentLabels }) {
  const notes = [
    ...(data.parties.buyer.reverse_charge ? [t.reverseCharge] : []),
    ...(data.parties.buyer.tax_exempt ? [t.taxExempt] : []),
    ...data.summary.notes,
    ...(data.memo ? [data.memo] : []),
  ];
  if (notes.length === 0) return null;
  return (
    <View style={styles.section}>
      <Text style={styles.sectionHeading}>{t.notes}</Text>
      {notes.map((note, index) => (
        <Text key={index} style={styles.note}>
          {printable(note)}
        </Text>
      ))}
    </View>
  );
}

export function InvoicePdf({ data }: { data: InvoiceDocumentData }) {
  const f = documentFormat({ locale: data.locale, currency: data.currency, timeZone: data.timeZone });
  const t = documentLabels(f.locale);
  const isDraft = data.status === "DRAFT";
  const title = isDraft ? t.draftInvoice : data.status === "PAID" ? `${t.invoice} · ${t.paid}` : t.invoice;
  const watermark = isDraft ? t.draft : data.status === "VOID" ? t.void : null;
  const { seller } = data.parties;
  return (
    <Document title={`${isDraft ? t.draftInvoice : t.invoice} ${data.number ?? ""}`.trim()} author={seller.name} creator="Billow" producer="Billow" language={f.locale}>
      <Page size={pageSizeForLocale(f.locale)} style={styles.page}>
        {watermark && <Watermark text={watermark} />}
        <DocumentHeader title={title} meta={metaRows(data, f, t)} parties={data.parties} locale={f.locale} labels={t} />
        <View style={styles.table}>
          <View style={styles.tableHead}>
            <Text style={[styles.headCell, styles.colDescription]}>{t.description}</Text>
            <Text style={[styles.headCell, styles.colQuantity]}>{t.quantity}</Text>
            <Text style={[styles.headCell, styles.colPrice]}>{t.unitPrice}</Text>
            <Text style={[styles.headCell, styles.colAmount]}>{t.amount}</Text>
          </View>
          {data.lines.map((line, index) => (
            <LineRow key={index} line={line} data={data} f={f} />
          ))}
        </View>
        <TotalsBlock rows={totalRows(data, f, t)} />
        <TaxSummary data={data} f={f} t={t} />
        <Notes data={data} t={t} />
        <Footer left={`${seller.name} · ${data.number ?? t.draftInvoice}`} labels={t} />
      </Page>
    </Document>
  );
}

export function renderInvoicePdfDocument(data: InvoiceDocumentData): Promise<Buffer> {
  return renderToBuffer(<InvoicePdf data={data} />);
}
