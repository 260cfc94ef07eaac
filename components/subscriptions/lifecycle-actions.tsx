"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { TextField } from "@/components/ui/field";
import { SuccessMessage } from "@/components/ui/success-message";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { SubscriptionDto } from "@/lib/schemas/subscription";

type Result = Promise<ActionResult<SubscriptionDto>>;

type Props = {
  subscription: SubscriptionDto;
  pause: (input: { reason?: string }) => Result;
  resume: () => Result;
  cancel: (input: { at_period_end: boolean; prorate: boolean; reason?: string }) => Result;
  undoCancel: () => Result;
};

const LIVE = ["trialing", "active", "past_due"];

/** Pause / resume, cancel now or at period end (each confirmed, with an optional reason), undo a scheduled cancellation. */
export function LifecycleActions({ subscription, pause, resume, cancel, undoCancel }: Props) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [prorate, setProrate] = useState(false);
  const [done, setDone] = useState<string>();
  const withReason = () => (reason.trim() ? { reason: reason.trim() } : {});
  const after = (message: string) => async (result: ActionResult<SubscriptionDto>) => {
    if (result.ok) {
      setReason("");
      setDone(message);
      router.refresh();
    }
    return result;
  };
  const reasonField = <TextField label="Reason (optional)" name="reason" value={reason} onChange={(event) => setReason(event.target.value)} maxLength={500} />;
  const live = LIVE.includes(subscription.status);
  const ended = subscription.status === "canceled" || subscription.status === "expired";
  if (ended) return null;

  return (
    <div className="space-y-3">
      <SuccessMessage message={done} />
      <div className="flex flex-wrap gap-2">
        {live && (
          <ConfirmButton
            label="Pause"
            title="Pause this subscription?"
            description={
              <div className="space-y-3">
                <p>Nothing is billed while it is paused; the unused part of the current period is credited. Resume it at any time.</p>
                {reasonField}
              </div>
            }
            action={async () => after("Subscription paused.")(await pause(withReason()))}
          />
        )}
        {subscription.status === "paused" && <ActionButton action={async () => after("Subscription resumed.")(await resume())}>Resume</ActionButton>}
        {subscription.cancel_at_period_end ? (
          <ActionButton action={async () => after("Scheduled cancellation undone.")(await undoCancel())}>Undo cancellation</ActionButton>
        ) : (
          live && (
            <ConfirmButton
              label="Cancel at period end"
              title="Cancel at the end of the current period?"
              description={
                <div className="space-y-3">
                  <p>The subscription stays active until the period ends, then ends. You can undo this until then.</p>
                  {reasonField}
                </div>
              }
              action={async () => after("Cancellation scheduled at period end.")(await cancel({ at_period_end: true, prorate: false, ...withReason() }))}
            />
          )
        )}
        <ConfirmButton
          label="Cancel now"
          title="Cancel this subscription now?"
          description={
            <div className="space-y-3">
              <p>It ends at once and its items stop billing. This cannot be undone.</p>
              <label className="flex items-center gap-2 text-sm text-slate-700">
                <input type="checkbox" checked={prorate} onChange={(event) => setProrate(event.target.checked)} />
                Credit the unused part of the current period to the customer&apos;s balance
              </label>
              {reasonField}
            </div>
          }
          action={async () => after("Subscription canceled.")(await cancel({ at_period_end: false, prorate, ...withReason() }))}
        />
      </div>
    </div>
  );
}
