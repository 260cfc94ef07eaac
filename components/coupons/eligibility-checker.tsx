"use client";

import { useState, type FormEvent } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormError, TextField } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { EligibilityDto } from "@/lib/schemas/coupon";
import { optionalText } from "./form-values";

const FIELDS = ["code", "customer_id", "plan_id", "currency"];

type Props = { defaultCode: string; checkEligibilityAction: (input: unknown) => Promise<ActionResult<EligibilityDto>> };

/** Asks whether a code would be accepted for a customer now, without redeeming it. */
export function EligibilityChecker({ defaultCode, checkEligibilityAction }: Props) {
  const { run, pending, fieldError, formError } = useAction(checkEligibilityAction, { fields: FIELDS });
  const [verdict, setVerdict] = useState<EligibilityDto>();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? "");
    setVerdict(undefined);
    run(
      {
        code: value("code"),
        customer_id: value("customer_id").trim(),
        plan_id: optionalText(value("plan_id")),
        currency: optionalText(value("currency"))?.toUpperCase(),
      },
      setVerdict,
    );
  }

  return (
    <FormCard title="Check eligibility" description="Would this code be accepted for this customer now? Nothing is redeemed." onSubmit={onSubmit}>
      <FormError message={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Code to check" name="code" defaultValue={defaultCode} required autoComplete="off" error={fieldError("code")} />
        <TextField label="Customer id" name="customer_id" placeholder="cus_…" required autoComplete="off" error={fieldError("customer_id")} />
        <TextField label="Plan id" name="plan_id" placeholder="plan_… (optional)" autoComplete="off" error={fieldError("plan_id")} />
        <TextField label="Currency" name="currency" placeholder="EUR (optional)" autoComplete="off" error={fieldError("currency")} />
      </div>
      <Button type="submit" variant="secondary" pending={pending}>
        Check
      </Button>
      {verdict && (
        <div role="status" data-testid="eligibility-result" className="flex flex-wrap items-center gap-2 text-sm">
          {verdict.eligible ? <Badge tone="success">Eligible</Badge> : <Badge tone="danger">Not eligible</Badge>}
          {verdict.reason && <code className="font-mono text-xs">{verdict.reason}</code>}
          {verdict.message && <span className="text-slate-700">{verdict.message}</span>}
        </div>
      )}
    </FormCard>
  );
}
