import { beforeEach, describe, expect, it } from "vitest";
import { parseCsv } from "../../csv/csv";
import { createTestUser } from "../../testing/factories";
import { resetDb } from "../../testing/reset-db";
import { createProductSchema } from "../../schemas/product";
import { createProduct } from "../catalog/create-product";
import { exportListCsv } from "./export-list-csv";

beforeEach(resetDb);

describe("exportListCsv", () => {
  it("exports every page of a list with the page's filters and sort, whatever limit or cursor is sent", async () => {
    const { ctx } = await createTestUser({ role: "viewer" });
    const { ctx: admin } = await createTestUser({ role: "admin" });
    for (let index = 0; index < 105; index++) {
      await createProduct(admin, createProductSchema.parse({ code: `p-${String(index).padStart(3, "0")}`, name: index % 2 ? "Odd" : "Even", metadata: { n: String(index) } }));
    }
    const rows = parseCsv(await exportListCsv(ctx, "products", { sort: "code", q: "even", limit: "3", starting_after: "prod_x" }));
    const [header, ...data] = rows;
    expect(header).toEqual(expect.arrayContaining(["id", "code", "name", "metadata.n"]));
    const code = header!.indexOf("code");
    expect(data.map((row) => row[code])).toEqual(Array.from({ length: 53 }, (_, index) => `p-${String(index * 2).padStart(3, "0")}`));
  });

  it("refuses an unknown list and bad filters precisely", async () => {
    const { ctx } = await createTestUser({ role: "viewer" });
    await expect(exportListCsv(ctx, "webhooks", {})).rejects.toMatchObject({ code: "not_found", param: "list" });
    await expect(exportListCsv(ctx, "plans", { sort: "sideways" })).rejects.toThrow(/sort/);
  });
});
