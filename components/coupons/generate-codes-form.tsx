"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, TextField } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";
import { SuccessMessage } from "@/components/ui/success-message";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { GeneratedDiscountCodesDto } from "@/lib/schemas/coupon";
import { numberOrRaw, optionalText, toIsoOrRaw } from "./form-values";

const FIELDS = ["batch.count", "batch.prefix", "batch.max_redemptions", "batch.expires_at"];

type Props = {
  couponId: string;
  generateDiscountCodesAction: (input: { couponId: string; batch: unknown }) => Promise<ActionResult<GeneratedDiscountCodesDto>>;
};

export function GenerateCodesForm({ couponId, generateDiscountCodesAction }: Props) {
  const router = useRouter();
  const { run, pending, fieldError, formError } = useAction(generateDiscountCodesAction, { fields: FIELDS });
  const [done, setDone] = useState<string>();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? "");
    setDone(undefined);
    run(
      {
        couponId,
        batch: {
          count: numberOrRaw(value("count")),
          prefix: optionalText(value("prefix")),
          max_redemptions: numberOrRaw(value("max_redemptions")),
          expires_at: toIsoOrRaw(value("expires_at")),
        },
      },
      (batch) => {
        form.reset();
        setDone(`${batch.count} code${batch.count === 1 ? "" : "s"} generated.`);
        router.refresh();
      },
    );
  }

  return (
    <FormCard title="Generate codes" description="Unique single-use codes (by default) for this coupon, up to 10,000 at once." onSubmit={onSubmit}>
      <FormError message={formError} />
      <SuccessMessage message={done} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Number of codes" name="count" inputMode="numeric" required defaultValue="10" error={fieldError("batch.count")} />
        <TextField label="Prefix" name="prefix" placeholder="SPRING-" autoComplete="off" error={fieldError("batch.prefix")} />
        <TextField label="Redemptions per code" name="max_redemptions" inputMode="numeric" defaultValue="1" error={fieldError("batch.max_redemptions")} />
        <TextField label="Codes expire at" name="expires_at" type="datetime-local" hint="Empty: when the coupon does." error={fieldError("batch.expires_at")} />
      </div>
      <Button type="submit" pending={pending}>
        Generate codes
      </Button>
    </FormCard>
  );
}
