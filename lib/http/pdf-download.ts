import { RawBody } from "./json-route";

/**
 * A PDF answer named `filename`: `attachment` makes browsers save it, `inline` lets them show it
 * (the console's preview frame; its links still download with the `download` attribute). Never
 * cached: a draft's PDF changes until it is finalized.
 */
export const pdfDownload = ({ filename, content }: { filename: string; content: Buffer }, disposition: "attachment" | "inline" = "attachment") =>
  new RawBody(new Uint8Array(content), {
    "content-type": "application/pdf",
    "content-disposition": `${disposition}; filename="${filename}"`,
    "content-length": String(content.byteLength),
    "cache-control": "private, no-store",
  });
