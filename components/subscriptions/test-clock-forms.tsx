"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { FormCard } from "@/components/ui/form-card";
import { SuccessMessage } from "@/components/ui/success-message";
import { formValues, useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { TestClockDto } from "@/lib/schemas/test-clock";

type Result = Promise<ActionResult<TestClockDto>>;

/** `YYYY-MM-DDTHH:mm` of an instant in UTC, for a datetime-local input read as UTC. */
const utcInputValue = (iso: string) => iso.slice(0, 16);
const fromUtcInput = (value: string | undefined) => (value ? `${value}:00Z` : "");

export function CreateTestClockForm({ create }: { create: (input: unknown) => Result }) {
  const router = useRouter();
  const { run, pending, fieldError, formError } = useAction(create, { fields: ["name", "frozen_time"] });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = formValues(event.currentTarget);
    run({ name: values.name, frozen_time: fromUtcInput(values.frozen_time) }, (clock) => router.push(`/subscriptions/test-clocks/${clock.id}?created=1`));
  }
  return (
    <FormCard title="New test clock" description="Customers attached to a clock live at its time; advance it to run whole billing cycles in seconds." onSubmit={submit}>
      <FormError message={formError} />
      <TextField label="Name" name="name" placeholder="Annual renewal scenario" required error={fieldError("name")} />
      <TextField label="Start time (UTC)" name="frozen_time" type="datetime-local" required error={fieldError("frozen_time")} />
      <Button type="submit" pending={pending}>
        Create test clock
      </Button>
    </FormCard>
  );
}

function shifted(iso: string, step: "day" | "week" | "month"): string {
  const date = new Date(iso);
  if (step === "month") date.setUTCMonth(date.getUTCMonth() + 1);
  else date.setUTCDate(date.getUTCDate() + (step === "week" ? 7 : 1));
  return date.toISOString();
}

/** Moves the clock to a chosen time, or by a day, a week or a month; the billing run follows. */
export function AdvanceTestClockForm({ clock, advance }: { clock: TestClockDto; advance: (input: unknown) => Result }) {
  const router = useRouter();
  const [done, setDone] = useState<string>();
  const { run, pending, fieldError, formError } = useAction(advance, { fields: ["frozen_time"] });
  const go = (frozenTime: string) =>
    run({ frozen_time: frozenTime }, (result) => {
      const summary = result.last_run;
      setDone(
        `Clock moved to ${new Date(result.frozen_time).toUTCString()}.` +
          (summary ? ` Billing run: ${summary.invoices} invoice(s), ${summary.finalized} finalized${summary.failures.length ? `, ${summary.failures.length} failure(s)` : ""}.` : ""),
      );
      router.refresh();
    });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    go(fromUtcInput(formValues(event.currentTarget).frozen_time));
  }
  return (
    <FormCard title="Advance the clock" description="Clocks only move forward. Trial ends, scheduled changes and renewals due by the new time are billed before the page updates." onSubmit={submit}>
      <SuccessMessage message={done} />
      <FormError message={formError} />
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" pending={pending} onClick={() => go(shifted(clock.frozen_time, "day"))}>
          +1 day
        </Button>
        <Button type="button" variant="secondary" pending={pending} onClick={() => go(shifted(clock.frozen_time, "week"))}>
          +1 week
        </Button>
        <Button type="button" variant="secondary" pending={pending} onClick={() => go(shifted(clock.frozen_time, "month"))}>
          +1 month
        </Button>
      </div>
      <TextField key={clock.frozen_time} label="New time (UTC)" name="frozen_time" type="datetime-local" defaultValue={utcInputValue(clock.frozen_time)} error={fieldError("frozen_time")} />
      <Button type="submit" pending={pending}>
        Advance to this time
      </Button>
    </FormCard>
  );
}

/** Puts a customer without billing history on the clock. */
export function AttachCustomerForm({ customers, attach }: { customers: { value: string; label: string }[]; attach: (input: unknown) => Result }) {
  const router = useRouter();
  const [done, setDone] = useState<string>();
  const { run, pending, fieldError, formError } = useAction(attach, { fields: ["customer_id"] });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run({ customer_id: formValues(event.currentTarget).customer_id }, () => {
      setDone("Customer attached.");
      router.refresh();
    });
  }
  return (
    <FormCard title="Attach a customer" description="Only customers without subscriptions or invoices can join a clock. Subscribe them afterwards: they start at the clock's time." onSubmit={submit}>
      <SuccessMessage message={done} />
      <FormError message={formError} />
      {customers.length === 0 ? (
        <p className="text-sm text-slate-600">No active customer to attach.</p>
      ) : (
        <>
          <SelectField label="Customer" name="customer_id" options={customers} error={fieldError("customer_id")} />
          <Button type="submit" pending={pending}>
            Attach customer
          </Button>
        </>
      )}
    </FormCard>
  );
}
