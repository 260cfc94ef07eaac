"use client";

import { useState } from "react";
import { Button } from "./button";

type CopyState = "idle" | "copied" | "failed";

const LABELS: Record<CopyState, string> = { idle: "Copy", copied: "Copied", failed: "Copy failed: select the text and copy it" };

export function CopyButton({ value }: { value: string }) {
  const [state, setState] = useState<CopyState>("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      setState("failed"); // no clipboard access (insecure origin or denied permission)
    }
  }

  return (
    <Button type="button" variant="secondary" onClick={copy} aria-live="polite">
      {LABELS[state]}
    </Button>
  );
}
