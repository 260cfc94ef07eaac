// RFC 4180 CSV, shared by every list export and import. Pure: strings in, strings out.
//   parseCsv: quoted fields (with "" escapes, commas and line breaks inside), CRLF, LF or CR
//             line endings, a UTF-8 byte order mark; strict about stray quotes.
//   serializeCsv: CRLF, quotes only where needed, and a guard against formula injection:
//             a text cell starting with = + - @ (or tab / CR) gets a leading apostrophe, so
//             spreadsheets show it as text instead of evaluating it.

export class CsvError extends Error {
  constructor(
    message: string,
    /** 1-based record number where the problem is (the header is record 1). */
    readonly row: number,
  ) {
    super(message);
    this.name = "CsvError";
  }
}

const BOM = "\uFEFF";

/** Records as arrays of cells. A final line break does not start an empty record. */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false; // inside a quoted field
  let wasQuoted = false; // the current cell was a quoted field (only a separator may follow)
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = "";
    wasQuoted = false;
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < input.length) {
    const char = input[i]!;
    if (quoted) {
      if (char === '"') {
        if (input[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        wasQuoted = true;
      } else cell += char;
      i++;
      continue;
    }
    if (char === ",") endCell();
    else if (char === "\r" || char === "\n") {
      endRow();
      if (char === "\r" && input[i + 1] === "\n") i++;
    } else if (wasQuoted) {
      throw new CsvError(`Unexpected character after a closing quote in record ${rows.length + 1}.`, rows.length + 1);
    } else if (char === '"') {
      if (cell !== "") throw new CsvError(`A quote inside an unquoted field in record ${rows.length + 1}: quote the whole field and double the quote.`, rows.length + 1);
      quoted = true;
    } else cell += char;
    i++;
  }
  if (quoted) throw new CsvError(`A quoted field in record ${rows.length + 1} is not closed.`, rows.length + 1);
  if (cell !== "" || row.length > 0 || wasQuoted) endRow();
  return rows;
}

export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet would run as a formula gets a leading apostrophe. */
export const guardFormula = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

function serializeCell(cell: CsvCell, guardFormulas: boolean): string {
  if (cell === null || cell === undefined) return "";
  // Numbers and booleans are data, never formulas (a negative number stays a number).
  const text = typeof cell === "string" ? (guardFormulas ? guardFormula(cell) : cell) : String(cell);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV text with CRLF line breaks (and a final one). `bom` helps spreadsheets detect UTF-8. */
export function serializeCsv(rows: readonly (readonly CsvCell[])[], options: { guardFormulas?: boolean; bom?: boolean } = {}): string {
  const { guardFormulas = true, bom = false } = options;
  const body = rows.map((row) => row.map((cell) => serializeCell(cell, guardFormulas)).join(",")).join("\r\n");
  return `${bom ? BOM : ""}${body}${rows.length ? "\r\n" : ""}`;
}
