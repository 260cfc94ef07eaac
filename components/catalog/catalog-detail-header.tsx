import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import type { ActionResult } from "@/lib/actions/admin-action";
import { PageHeader } from "@/components/ui/page-header";
import { SuccessMessage } from "@/components/ui/success-message";
import { ArchiveControls } from "./archive-controls";

type Props = {
  item: { name: string; code: string; status: "active" | "archived" };
  /** "product", "unit"…: names the object in the archive confirmation and the success message. */
  noun: string;
  /** What archiving means for this kind of object (shown in the confirmation). */
  consequence: string;
  setArchived: (archived: boolean) => Promise<ActionResult<unknown>>;
  writable: boolean;
  /** The page was reached right after creating the object. */
  justCreated: boolean;
};

/** Title, code, archive/unarchive controls, the "created" message and the read-only notice of a catalogue object's page. */
export function CatalogDetailHeader({ item, noun, consequence, setArchived, writable, justCreated }: Props) {
  return (
    <>
      <PageHeader
        title={item.name}
        description={<span className="font-mono">{item.code}</span>}
        actions={
          writable && (
            <ArchiveControls
              noun={noun}
              archived={item.status === "archived"}
              consequence={consequence}
              archiveAction={setArchived.bind(null, true)}
              unarchiveAction={setArchived.bind(null, false)}
            />
          )
        }
      />
      {justCreated && (
        <div className="mb-4">
          <SuccessMessage message={`${noun[0]!.toUpperCase()}${noun.slice(1)} created.`} />
        </div>
      )}
      {!writable && <ReadOnlyNotice />}
    </>
  );
}
