import { expect, test } from "@playwright/test";
import { addUserInUi, signedInPage } from "../fixtures/accounts";

const VIEWER = { name: "Meta Viewer", email: "meters-viewer@example.com", password: "meters-viewer-password-1234" };

test("a sum meter: inline errors first, created with a filter and group-by, found, renamed, priced by a plan charge (its counting then frozen), archived and unarchived", async ({ page }) => {
  const code = `e2e-tokens-${Date.now()}`;
  await page.goto("/usage/meters");
  await page.getByRole("link", { name: "New meter" }).first().click();
  const form = page.getByRole("form", { name: "New meter" });
  await form.getByLabel("Code").fill(code);
  await form.getByLabel("Name", { exact: true }).fill("E2E tokens");
  await form.getByLabel("Event name").fill("e2e.llm");
  await form.getByLabel("Aggregation").selectOption("sum");
  await expect(form.getByText("Total of the property, e.g. tokens used.")).toBeVisible();

  // A filter without values: the server names filters[0].values, shown beside that row.
  await form.getByRole("button", { name: "Add filter" }).click();
  await form.getByLabel("Filter 1 property").fill("region");
  await form.getByRole("button", { name: "Create meter" }).click();
  await expect(form.getByRole("group", { name: "Filter 1" }).getByRole("alert")).toHaveText("values must list at least one value.");
  await expect(form.getByLabel("Filter 1 values")).toHaveAttribute("aria-invalid", "true");

  // A sum without its property: refused next to the Property field.
  await form.getByLabel("Filter 1 values").fill("eu, us");
  await form.getByRole("button", { name: "Create meter" }).click();
  await expect(form.getByLabel("Property", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByRole("alert").filter({ hasText: "property is required: a sum meter aggregates an event property." })).toBeVisible();

  await form.getByLabel("Property", { exact: true }).fill("tokens");
  await form.getByLabel("Group by").fill("model, region");
  await form.getByRole("button", { name: "Create meter" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "E2E tokens" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Meter created." })).toBeVisible();
  await expect(page.getByText("region is one of eu, us")).toBeVisible();
  await expect(page.getByText("model, region")).toBeVisible();
  const links = page.getByRole("navigation", { name: "Meter links" });
  await expect(links.getByRole("link", { name: "Live events" })).toHaveAttribute("href", "/usage/events?event_name=e2e.llm");
  const meterUrl = page.url().replace(/\?.*$/, "");
  const meterId = meterUrl.split("/").pop()!;
  await expect(links.getByRole("link", { name: "Explore usage" })).toHaveAttribute("href", `/usage?meter_id=${meterId}`);

  // Found by search on the list.
  await page.goto("/usage/meters");
  await page.getByLabel("Search meters").fill(code.toUpperCase());
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/q=E2E-TOKENS/);
  const meters = page.getByRole("table", { name: "Meters" });
  await expect(meters.getByRole("row")).toHaveCount(2);
  await expect(meters.getByRole("row").filter({ hasText: code })).toContainText("Sum of tokens");
  await meters.getByRole("link", { name: code }).click();

  // Renamed on the edit page.
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  const edit = page.getByRole("form", { name: "Edit meter" });
  await expect(edit.getByLabel("Filter 1 values")).toHaveValue("eu, us");
  await edit.getByLabel("Name", { exact: true }).fill("E2E LLM tokens");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByRole("status")).toHaveText("Meter saved.");
  await expect(page.getByRole("heading", { level: 1, name: "Edit E2E LLM tokens" })).toBeVisible();

  // A plan's usage charge picks the meter from a select.
  await page.goto("/catalog/plans/new");
  const plan = page.getByRole("form", { name: "New plan" });
  await plan.getByLabel("Code").fill(`${code}-plan`.replaceAll("-", "_"));
  await plan.getByLabel("Name", { exact: true }).fill("E2E AI plan");
  await plan.getByLabel("Charge name").fill("Tokens");
  await plan.getByLabel("Charge key").fill("tokens");
  await plan.getByLabel("Kind").selectOption("usage");
  await plan.getByLabel("Pricing model").selectOption("per_unit");
  await plan.getByLabel("Meter", { exact: true }).selectOption({ label: `${code} — E2E LLM tokens (sum)` });
  await expect(plan.getByLabel("Meter", { exact: true })).toHaveValue(meterId);
  await plan.getByLabel("Unit price (EUR)").fill("0.001");
  await plan.getByRole("button", { name: "Create plan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Plan created." })).toBeVisible();

  // The meter lists the charge; its counting fields are now read-only.
  await page.goto(meterUrl);
  await expect(page.getByRole("table", { name: "Plan charges pricing this meter" }).getByRole("link", { name: /E2E AI plan/ })).toBeVisible();
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  const locked = page.getByRole("form", { name: "Edit meter" });
  await expect(locked.getByText("1 plan charge prices this meter")).toBeVisible();
  await expect(locked.getByLabel("Aggregation")).toBeDisabled();
  await expect(locked.getByRole("button", { name: "Add filter" })).toHaveCount(0);

  // Archived behind a confirmation, then unarchived.
  await page.goto(meterUrl);
  await page.getByRole("button", { name: "Archive" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Archive" }).click();
  await expect(page.getByRole("button", { name: "Unarchive" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
  await page.goto(`/usage/meters?status=archived&q=${code}`);
  await expect(page.getByRole("row").filter({ hasText: code })).toContainText("Archived");
  await page.goto(meterUrl);
  await page.getByRole("button", { name: "Unarchive" }).click();
  await expect(page.getByRole("button", { name: "Archive" })).toBeVisible();
});

test("a viewer reads meters without any write control", async ({ page, browser }) => {
  const code = `e2e-calls-${Date.now()}`;
  await page.goto("/usage/meters/new");
  const form = page.getByRole("form", { name: "New meter" });
  await form.getByLabel("Code").fill(code);
  await form.getByLabel("Name", { exact: true }).fill("E2E calls");
  await form.getByLabel("Event name").fill("e2e.call");
  await expect(form.getByLabel("Property", { exact: true })).toHaveCount(0);
  await form.getByRole("button", { name: "Create meter" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Meter created." })).toBeVisible();
  const meterUrl = page.url().replace(/\?.*$/, "");
  await addUserInUi(page, VIEWER, "viewer");

  const viewerPage = await signedInPage(browser, VIEWER);
  await viewerPage.goto(`/usage/meters?q=${code}`);
  await expect(viewerPage.getByText("You are a viewer")).toBeVisible();
  await expect(viewerPage.getByRole("row").filter({ hasText: code })).toContainText("Count");
  await expect(viewerPage.getByRole("link", { name: "New meter" })).toHaveCount(0);
  await viewerPage.goto(meterUrl);
  await expect(viewerPage.getByRole("heading", { level: 1, name: "E2E calls" })).toBeVisible();
  await expect(viewerPage.getByRole("button", { name: "Archive" })).toHaveCount(0);
  await expect(viewerPage.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
  await viewerPage.goto("/usage/meters/new");
  await expect(viewerPage).toHaveURL(/\/usage\/meters$/);
  await viewerPage.context().close();
});
