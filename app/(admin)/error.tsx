"use client";

import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** Unexpected failures of an admin page. Server error details stay in the server log; the digest finds them there. */
export default function AdminError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <EmptyState
      title="This page could not be loaded"
      description={
        <>
          Something went wrong on our side. It has been logged{error.digest ? <> (reference <code className="font-mono">{error.digest}</code>)</> : null}.
        </>
      }
      action={
        <Button type="button" variant="secondary" onClick={reset}>
          Try again
        </Button>
      }
    />
  );
}
