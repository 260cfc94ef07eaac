"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, TextField } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";
import { SuccessMessage } from "@/components/ui/success-message";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { CouponDto } from "@/lib/schemas/coupon";
import { idList, numberOrRaw, planIdFields, toIsoOrRaw, toLocalInput } from "./form-values";

const PLAN_ID_FIELDS = planIdFields("changes.");
const FIELDS = ["changes.name", "changes.max_redemptions", "changes.max_redemptions_per_customer", "changes.expires_at", "changes.plan_ids", ...PLAN_ID_FIELDS];

type Props = {
  coupon: CouponDto;
  updateCouponAction: (input: { couponId: string; changes: unknown }) => Promise<ActionResult<CouponDto>>;
};

/** The coupon's editable terms; empty limits and expiry mean none. The discount itself is shown, not edited, here. */
export function CouponEditForm({ coupon, updateCouponAction }: Props) {
  const router = useRouter();
  const { run, pending, fieldError, formError } = useAction(updateCouponAction, { fields: FIELDS });
  const [saved, setSaved] = useState<string>();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? "");
    setSaved(undefined);
    run(
      {
        couponId: coupon.id,
        changes: {
          name: value("name"),
          max_redemptions: numberOrRaw(value("max_redemptions")) ?? null,
          max_redemptions_per_customer: numberOrRaw(value("max_redemptions_per_customer")) ?? null,
          expires_at: toIsoOrRaw(value("expires_at")) ?? null,
          plan_ids: idList(value("plan_ids")),
        },
      },
      () => {
        setSaved("Coupon saved.");
        router.refresh();
      },
    );
  }

  return (
    <FormCard title="Edit coupon" onSubmit={onSubmit}>
      <FormError message={formError} />
      <SuccessMessage message={saved} />
      <TextField label="Name" name="name" defaultValue={coupon.name} required error={fieldError("changes.name")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Max redemptions" name="max_redemptions" inputMode="numeric" defaultValue={coupon.max_redemptions ?? ""} hint="Empty: unlimited." error={fieldError("changes.max_redemptions")} />
        <TextField
          label="Max redemptions per customer"
          name="max_redemptions_per_customer"
          inputMode="numeric"
          defaultValue={coupon.max_redemptions_per_customer ?? ""}
          hint="Empty: unlimited."
          error={fieldError("changes.max_redemptions_per_customer")}
        />
      </div>
      <TextField label="Expires at" name="expires_at" type="datetime-local" defaultValue={toLocalInput(coupon.expires_at)} hint="In your time zone. Empty: never." error={fieldError("changes.expires_at")} />
      <TextField
        label="Plan ids"
        name="plan_ids"
        defaultValue={coupon.plan_ids.join(" ")}
        placeholder="plan_… plan_…"
        hint="Restrict to these plans; empty: every plan."
        error={fieldError("changes.plan_ids") ?? PLAN_ID_FIELDS.map(fieldError).find(Boolean)}
      />
      <Button type="submit" pending={pending}>
        Save changes
      </Button>
    </FormCard>
  );
}
