import { RawBody } from "./json-route";

/** A PDF the browser saves as `filename` (never cached: a draft's PDF changes until it is finalized). */
export const pdfDownload = ({ filename, content }: { filename: string; content: Buffer }) =>
  new RawBody(new Uint8Array(content), {
    "content-type": "application/pdf",
    "content-disposition": `attachment; filename="${filename}"`,
    "content-length": String(content.byteLength),
    "cache-control": "private, no-store",
  });
