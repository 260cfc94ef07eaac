import Link from "next/link";
import { listHref } from "./list-href";

type Props = {
  path: string;
  /** The active filters, kept on every page. */
  filters: Record<string, string | undefined>;
  nextCursor: string | null;
  isFirstPage: boolean;
  /** Link texts; default to newest-first wording. */
  firstLabel?: string;
  nextLabel?: string;
};

const pageHref = (path: string, filters: Props["filters"], startingAfter?: string) => listHref(path, { ...filters, starting_after: startingAfter });

/** Newest-first cursor paging: back to the newest page, or on to older entries. */
export function CursorPagination({ path, filters, nextCursor, isFirstPage, firstLabel = "← Newest", nextLabel = "Older →" }: Props) {
  if (isFirstPage && !nextCursor) return null;
  const linkClass = "rounded-md px-3 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50";
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center justify-between">
      {isFirstPage ? (
        <span />
      ) : (
        <Link href={pageHref(path, filters)} className={linkClass}>
          {firstLabel}
        </Link>
      )}
      {nextCursor && (
        <Link href={pageHref(path, filters, nextCursor)} className={linkClass}>
          {nextLabel}
        </Link>
      )}
    </nav>
  );
}
