// Building blocks shared by the invoice and credit note documents.
import { Text, View } from "@react-pdf/renderer";
import type { InvoiceParty, StoredAddress } from "../invoices/stored-invoice";
import { printable } from "./document-format";
import type { DocumentLabels } from "./labels";
import { styles } from "./pdf-styles";

/** Address lines as printed: street, street 2, "postal code city", region, country name. */
export function addressLines(address: StoredAddress, locale: string): string[] {
  let country = address.country;
  try {
    country = new Intl.DisplayNames([locale], { type: "region" }).of(address.country) ?? address.country;
  } catch {
    // an unknown code prints as stored
  }
  const cityLine = [address.postal_code, address.city].filter(Boolean).join(" ");
  return [address.line1, address.line2, cityLine, address.region, country].filter((line): line is string => Boolean(line));
}

export function PartyBlock({ heading, party, locale, labels, extra = [] }: { heading: string; party: InvoiceParty; locale: string; labels: DocumentLabels; extra?: string[] }) {
  return (
    <View style={styles.party}>
      <Text style={styles.partyHeading}>{heading}</Text>
      <Text style={styles.strong}>{printable(party.name)}</Text>
      {party.address && addressLines(party.address, locale).map((line, index) => <Text key={index}>{printable(line)}</Text>)}
      {party.email && <Text>{party.email}</Text>}
      {party.tax_id && <Text>{`${labels.taxId}: ${party.tax_id}`}</Text>}
      {extra.map((line, index) => (
        <Text key={`extra-${index}`}>{printable(line)}</Text>
      ))}
    </View>
  );
}

/** Right-aligned label/value pairs under the title (number, dates, terms). */
export function MetaRows({ rows }: { rows: [label: string, value: string][] }) {
  return (
    <View>
      {rows.map(([label, value]) => (
        <View key={label} style={styles.metaRow}>
          <Text style={styles.metaLabel}>{printable(label)}</Text>
          <Text style={styles.metaValue}>{printable(value)}</Text>
        </View>
      ))}
    </View>
  );
}

/** The top of a document: the seller and the title with its meta rows, then the buyer. */
export function DocumentHeader({ title, meta, parties, locale, labels }: { title: string; meta: [label: string, value: string][]; parties: { seller: InvoiceParty; buyer: InvoiceParty }; locale: string; labels: DocumentLabels }) {
  return (
    <>
      <View style={styles.header}>
        <PartyBlock heading={labels.from} party={parties.seller} locale={locale} labels={labels} />
        <View>
          <Text style={styles.title}>{printable(title)}</Text>
          <MetaRows rows={meta} />
        </View>
      </View>
      <View style={styles.parties}>
        <PartyBlock heading={labels.billTo} party={parties.buyer} locale={locale} labels={labels} />
      </View>
    </>
  );
}

export type TotalRow = { label: string; value: string; grand?: boolean };

export function TotalsBlock({ rows }: { rows: TotalRow[] }) {
  return (
    <View style={styles.totals} wrap={false}>
      {rows.map((row) => (
        <View key={row.label} style={row.grand ? styles.grandTotalRow : styles.totalRow}>
          <Text style={row.grand ? styles.strong : undefined}>{printable(row.label)}</Text>
          <Text style={row.grand ? styles.strong : undefined}>{printable(row.value)}</Text>
        </View>
      ))}
    </View>
  );
}

/** A large diagonal word on every page (DRAFT, VOID). */
export function Watermark({ text }: { text: string }) {
  return (
    <Text style={styles.watermark} fixed>
      {printable(text)}
    </Text>
  );
}

export function Footer({ left, labels }: { left: string; labels: DocumentLabels }) {
  return (
    <View style={styles.footer} fixed>
      <Text>{printable(left)}</Text>
      <Text render={({ pageNumber, totalPages }) => labels.page(pageNumber, totalPages)} />
    </View>
  );
}
