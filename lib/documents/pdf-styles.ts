import path from "node:path";
import { Font, StyleSheet } from "@react-pdf/renderer";

// DejaVu Sans (lib/documents/fonts, Bitstream Vera license) is embedded, subset to the glyphs used:
// the PDF standard fonts only encode Latin-1, which misprints Polish or Czech names, ₹, ₱, ₩, ₽,
// Greek and Cyrillic. Scripts DejaVu lacks (CJK, Arabic…) would need a further font.
const FONT_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), "lib/documents/fonts");
export const DOCUMENT_FONT = "DejaVu Sans";
Font.register({
  family: DOCUMENT_FONT,
  fonts: [
    { src: path.join(FONT_DIR, "DejaVuSans.ttf"), fontWeight: "normal" },
    { src: path.join(FONT_DIR, "DejaVuSans-Bold.ttf"), fontWeight: "bold" },
  ],
});
// Words are never split with a hyphen (invoice numbers, tax ids and emails must stay whole).
Font.registerHyphenationCallback((word) => [word]);

const bold = { fontFamily: DOCUMENT_FONT, fontWeight: "bold" as const };

export const styles = StyleSheet.create({
  page: { fontFamily: DOCUMENT_FONT, fontSize: 9, color: "#1e293b", paddingTop: 40, paddingBottom: 56, paddingHorizontal: 44 },
  header: { flexDirection: "row", justifyContent: "space-between", marginBottom: 24 },
  title: { ...bold, fontSize: 20, color: "#0f172a", marginBottom: 6, textAlign: "right" },
  metaRow: { flexDirection: "row", justifyContent: "flex-end" },
  metaLabel: { color: "#64748b", width: 120, textAlign: "right", marginRight: 8 },
  metaValue: { width: 140 },
  parties: { flexDirection: "row", marginBottom: 20 },
  party: { flex: 1, paddingRight: 16 },
  partyHeading: { ...bold, fontSize: 8, color: "#64748b", textTransform: "uppercase", marginBottom: 3 },
  strong: bold,
  muted: { color: "#64748b" },
  table: { marginBottom: 12 },
  tableHead: { flexDirection: "row", borderBottomWidth: 1, borderBottomColor: "#cbd5e1", paddingBottom: 4, marginBottom: 2 },
  headCell: { ...bold, fontSize: 8, color: "#475569" },
  row: { flexDirection: "row", paddingVertical: 4, borderBottomWidth: 0.5, borderBottomColor: "#e2e8f0" },
  subRow: { flexDirection: "row", paddingVertical: 1, color: "#475569", fontSize: 8 },
  colDescription: { flex: 1, paddingRight: 8 },
  colQuantity: { width: 60, textAlign: "right" },
  colPrice: { width: 80, textAlign: "right" },
  colAmount: { width: 80, textAlign: "right" },
  indent: { paddingLeft: 10 },
  totals: { alignSelf: "flex-end", width: 250, marginBottom: 16 },
  totalRow: { flexDirection: "row", justifyContent: "space-between", paddingVertical: 2 },
  grandTotalRow: { flexDirection: "row", justifyContent: "space-between", paddingVertical: 4, borderTopWidth: 1, borderTopColor: "#cbd5e1", marginTop: 2 },
  sectionHeading: { ...bold, fontSize: 10, marginBottom: 4 },
  section: { marginBottom: 12 },
  note: { marginBottom: 3 },
  watermark: {
    position: "absolute",
    top: 330,
    left: 0,
    right: 0,
    textAlign: "center",
    ...bold,
    fontSize: 96,
    color: "#dc2626",
    opacity: 0.12,
    transform: "rotate(-30deg)",
  },
  footer: { position: "absolute", bottom: 24, left: 44, right: 44, flexDirection: "row", justifyContent: "space-between", fontSize: 7, color: "#94a3b8" },
});
