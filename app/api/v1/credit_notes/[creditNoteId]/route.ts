import { parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { creditNoteIdParamsSchema } from "@/lib/schemas/credit-note";
import { getCreditNote } from "@/lib/services/credit-notes/get-credit-note";

export const GET = withApiKey<{ creditNoteId: string }>(async ({ ctx, params }) => getCreditNote(ctx, parseParams(params, creditNoteIdParamsSchema).creditNoteId));
