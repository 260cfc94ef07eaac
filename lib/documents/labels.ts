/**
 * The fixed wording of invoice documents, per language (the locale's language subtag); a
 * language without its own table prints in English. Figures and dates are localised separately
 * (document-format.ts).
 */
export type DocumentLabels = {
  invoice: string;
  draftInvoice: string;
  creditNote: string;
  draft: string;
  void: string;
  paid: string;
  invoiceNumber: string;
  creditNoteNumber: string;
  originalInvoice: string;
  issueDate: string;
  dueDate: string;
  paymentTerms: string;
  dueOnReceipt: string;
  net: (days: number) => string;
  servicePeriod: string;
  accountNumber: string;
  billTo: string;
  from: string;
  taxId: string;
  description: string;
  quantity: string;
  unitPrice: string;
  amount: string;
  subtotal: string;
  discount: string;
  tax: string;
  total: string;
  creditApplied: string;
  amountDue: string;
  amountPaid: string;
  includesTax: string;
  taxSummary: string;
  taxName: string;
  taxRate: string;
  taxableBase: string;
  taxAmount: string;
  inclusive: string;
  reverseCharge: string;
  taxExempt: string;
  notes: string;
  reason: string;
  page: (current: number, total: number) => string;
  emailAttached: string;
  creditNoteReasons: Record<"DUPLICATE" | "FRAUDULENT" | "ORDER_CHANGE" | "PRODUCT_UNSATISFACTORY" | "OTHER", string>;
  settlement: string;
  settlements: Record<"CREDIT_BALANCE" | "REFUND", string>;
};

const en: DocumentLabels = {
  invoice: "Invoice",
  draftInvoice: "Draft invoice",
  creditNote: "Credit note",
  draft: "DRAFT",
  void: "VOID",
  paid: "PAID",
  invoiceNumber: "Invoice number",
  creditNoteNumber: "Credit note number",
  originalInvoice: "Original invoice",
  issueDate: "Issue date",
  dueDate: "Due date",
  paymentTerms: "Payment terms",
  dueOnReceipt: "Due on receipt",
  net: (days) => `Net ${days}`,
  servicePeriod: "Service period",
  accountNumber: "Account number",
  billTo: "Bill to",
  from: "From",
  taxId: "Tax ID",
  description: "Description",
  quantity: "Qty",
  unitPrice: "Unit price",
  amount: "Amount",
  subtotal: "Subtotal",
  discount: "Discount",
  tax: "Tax",
  total: "Total",
  creditApplied: "Credit applied",
  amountDue: "Amount due",
  amountPaid: "Amount paid",
  includesTax: "Includes tax",
  taxSummary: "Tax summary",
  taxName: "Tax",
  taxRate: "Rate",
  taxAmount: "Tax amount",
  taxableBase: "Taxable amount",
  inclusive: "incl.",
  reverseCharge: "Reverse charge: the customer accounts for the tax on this invoice.",
  taxExempt: "Tax exempt customer.",
  notes: "Notes",
  reason: "Reason",
  page: (current, total) => `Page ${current} of ${total}`,
  emailAttached: "The invoice is attached as a PDF.",
  creditNoteReasons: {
    DUPLICATE: "Duplicate charge",
    FRAUDULENT: "Fraudulent charge",
    ORDER_CHANGE: "Order change",
    PRODUCT_UNSATISFACTORY: "Product unsatisfactory",
    OTHER: "Other",
  },
  settlement: "Settlement",
  settlements: { CREDIT_BALANCE: "Credited to the customer's balance", REFUND: "Refunded" },
};

const fr: DocumentLabels = {
  invoice: "Facture",
  draftInvoice: "Facture (brouillon)",
  creditNote: "Avoir",
  draft: "BROUILLON",
  void: "ANNULÉE",
  paid: "PAYÉE",
  invoiceNumber: "Numéro de facture",
  creditNoteNumber: "Numéro d’avoir",
  originalInvoice: "Facture d’origine",
  issueDate: "Date d’émission",
  dueDate: "Date d’échéance",
  paymentTerms: "Conditions de paiement",
  dueOnReceipt: "À réception",
  net: (days) => `${days} jours net`,
  servicePeriod: "Période",
  accountNumber: "Numéro de compte",
  billTo: "Facturé à",
  from: "Émetteur",
  taxId: "N° TVA",
  description: "Désignation",
  quantity: "Qté",
  unitPrice: "Prix unitaire",
  amount: "Montant",
  subtotal: "Sous-total",
  discount: "Remise",
  tax: "TVA",
  total: "Total",
  creditApplied: "Crédit appliqué",
  amountDue: "Montant dû",
  amountPaid: "Montant payé",
  includesTax: "Dont TVA",
  taxSummary: "Récapitulatif TVA",
  taxName: "Taxe",
  taxRate: "Taux",
  taxAmount: "Montant TVA",
  taxableBase: "Base HT",
  inclusive: "TTC",
  reverseCharge: "Autoliquidation : la TVA est due par le preneur.",
  taxExempt: "Client exonéré de TVA.",
  notes: "Notes",
  reason: "Motif",
  page: (current, total) => `Page ${current} sur ${total}`,
  emailAttached: "La facture est jointe au format PDF.",
  creditNoteReasons: {
    DUPLICATE: "Facturation en double",
    FRAUDULENT: "Facturation frauduleuse",
    ORDER_CHANGE: "Modification de commande",
    PRODUCT_UNSATISFACTORY: "Produit non satisfaisant",
    OTHER: "Autre",
  },
  settlement: "Règlement",
  settlements: { CREDIT_BALANCE: "Porté au crédit du compte client", REFUND: "Remboursé" },
};

const de: DocumentLabels = {
  invoice: "Rechnung",
  draftInvoice: "Rechnungsentwurf",
  creditNote: "Gutschrift",
  draft: "ENTWURF",
  void: "STORNIERT",
  paid: "BEZAHLT",
  invoiceNumber: "Rechnungsnummer",
  creditNoteNumber: "Gutschriftnummer",
  originalInvoice: "Ursprüngliche Rechnung",
  issueDate: "Ausstellungsdatum",
  dueDate: "Fällig am",
  paymentTerms: "Zahlungsbedingungen",
  dueOnReceipt: "Sofort fällig",
  net: (days) => `${days} Tage netto`,
  servicePeriod: "Leistungszeitraum",
  accountNumber: "Kundennummer",
  billTo: "Rechnungsempfänger",
  from: "Rechnungssteller",
  taxId: "USt-IdNr.",
  description: "Beschreibung",
  quantity: "Menge",
  unitPrice: "Einzelpreis",
  amount: "Betrag",
  subtotal: "Zwischensumme",
  discount: "Rabatt",
  tax: "USt.",
  total: "Gesamt",
  creditApplied: "Verrechnetes Guthaben",
  amountDue: "Fälliger Betrag",
  amountPaid: "Bezahlt",
  includesTax: "Enthaltene USt.",
  taxSummary: "Steuerübersicht",
  taxName: "Steuer",
  taxRate: "Satz",
  taxAmount: "Steuerbetrag",
  taxableBase: "Bemessungsgrundlage",
  inclusive: "inkl.",
  reverseCharge: "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge).",
  taxExempt: "Steuerbefreiter Kunde.",
  notes: "Hinweise",
  reason: "Grund",
  page: (current, total) => `Seite ${current} von ${total}`,
  emailAttached: "Die Rechnung ist als PDF angehängt.",
  creditNoteReasons: {
    DUPLICATE: "Doppelte Berechnung",
    FRAUDULENT: "Betrügerische Berechnung",
    ORDER_CHANGE: "Auftragsänderung",
    PRODUCT_UNSATISFACTORY: "Produkt nicht zufriedenstellend",
    OTHER: "Sonstiges",
  },
  settlement: "Ausgleich",
  settlements: { CREDIT_BALANCE: "Dem Kundenguthaben gutgeschrieben", REFUND: "Erstattet" },
};

const BY_LANGUAGE: Readonly<Record<string, DocumentLabels>> = { en, fr, de };

export function documentLabels(locale: string): DocumentLabels {
  const language = locale.split("-")[0]!.toLowerCase();
  return BY_LANGUAGE[language] ?? en;
}
