// The credit note PDF: the stored credit note (its lines and totals) with the parties of the
// invoice it credits. Like the invoice, nothing is computed here.
import { Document, Page, renderToBuffer, Text, View } from "@react-pdf/renderer";
import type { InvoiceParties } from "../invoices/stored-invoice";
import { documentFormat, printable } from "./document-format";
import { documentLabels, type DocumentLabels } from "./labels";
import { pageSizeForLocale } from "./page-size";
import { DocumentHeader, Footer, TotalsBlock } from "./pdf-parts";
import { styles } from "./pdf-styles";

export type CreditNoteDocumentData = {
  number: string;
  currency: string;
  locale: string;
  timeZone: string;
  issuedAt: Date;
  reason: keyof DocumentLabels["creditNoteReasons"];
  settlement: keyof DocumentLabels["settlements"];
  memo: string | null;
  /** The credited invoice's number. */
  invoiceNumber: string | null;
  subtotalMinor: bigint;
  taxMinor: bigint;
  totalMinor: bigint;
  parties: InvoiceParties;
  lines: { description: string; amountMinor: bigint; taxMinor: bigint; totalMinor: bigint }[];
};

export function CreditNotePdf({ data }: { data: CreditNoteDocumentData }) {
  const f = documentFormat({ locale: data.locale, currency: data.currency, timeZone: data.timeZone });
  const t = documentLabels(f.locale);
  const { seller, buyer } = data.parties;
  const meta: [string, string][] = [
    [t.creditNoteNumber, data.number],
    [t.issueDate, f.date(data.issuedAt)],
    ...(data.invoiceNumber ? ([[t.originalInvoice, data.invoiceNumber]] as [string, string][]) : []),
    [t.reason, t.creditNoteReasons[data.reason]],
    [t.settlement, t.settlements[data.settlement]],
    [t.accountNumber, buyer.account_number],
  ];
  return (
    <Document title={`${t.creditNote} ${data.number}`} author={seller.name} creator="Billow" producer="Billow" language={f.locale}>
      <Page size={pageSizeForLocale(f.locale)} style={styles.page}>
        <DocumentHeader title={t.creditNote} meta={meta} parties={data.parties} locale={f.locale} labels={t} />
        <View style={styles.table}>
          <View style={styles.tableHead}>
            <Text style={[styles.headCell, styles.colDescription]}>{t.description}</Text>
            <Text style={[styles.headCell, styles.colPrice]}>{t.amount}</Text>
            <Text style={[styles.headCell, styles.colPrice]}>{t.tax}</Text>
            <Text style={[styles.headCell, styles.colAmount]}>{t.total}</Text>
          </View>
          {data.lines.map((line, index) => (
            <View key={index} style={styles.row} wrap={false}>
              <Text style={styles.colDescription}>{printable(line.description)}</Text>
              <Text style={styles.colPrice}>{f.money(line.amountMinor)}</Text>
              <Text style={styles.colPrice}>{f.money(line.taxMinor)}</Text>
              <Text style={styles.colAmount}>{f.money(line.totalMinor)}</Text>
            </View>
          ))}
        </View>
        <TotalsBlock
          rows={[
            { label: t.subtotal, value: f.money(data.subtotalMinor) },
            { label: t.tax, value: f.money(data.taxMinor) },
            { label: t.total, value: f.money(data.totalMinor), grand: true },
          ]}
        />
        {data.memo && (
          <View style={styles.section}>
            <Text style={styles.sectionHeading}>{t.notes}</Text>
            <Text style={styles.note}>{printable(data.memo)}</Text>
          </View>
        )}
        <Footer left={`${seller.name} · ${data.number}`} labels={t} />
      </Page>
    </Document>
  );
}

export function renderCreditNotePdfDocument(data: CreditNoteDocumentData): Promise<Buffer> {
  return renderToBuffer(<CreditNotePdf data={data} />);
}
