import { parseJsonBody, parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { createCreditNoteSchema, listCreditNotesQuerySchema } from "@/lib/schemas/credit-note";
import { createCreditNote } from "@/lib/services/credit-notes/create-credit-note";
import { listCreditNotes } from "@/lib/services/credit-notes/list-credit-notes";

export const GET = withApiKey(async ({ ctx, url }) => listCreditNotes(ctx, parseQuery(url, listCreditNotesQuerySchema)));

export const POST = withApiKey(async ({ ctx, bodyText }) => ({ status: 201, body: await createCreditNote(ctx, parseJsonBody(bodyText, createCreditNoteSchema)) }));
