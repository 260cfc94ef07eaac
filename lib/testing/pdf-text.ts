// Reads a rendered PDF back for assertions: its text (pages joined) and each page's size in points.
import { extractText, getDocumentProxy } from "unpdf";

export async function readPdf(bytes: Uint8Array): Promise<{ text: string; pageSizes: [number, number][]; title: string | undefined }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const pageSizes: [number, number][] = [];
  for (let index = 1; index <= pdf.numPages; index++) {
    const [x0, y0, x1, y1] = (await pdf.getPage(index)).view as [number, number, number, number];
    pageSizes.push([Math.round((x1 - x0) * 100) / 100, Math.round((y1 - y0) * 100) / 100]);
  }
  const { text } = await extractText(pdf, { mergePages: true });
  const { info } = (await pdf.getMetadata()) as { info: { Title?: string } };
  return { text, pageSizes, title: info.Title };
}
