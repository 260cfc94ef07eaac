import "server-only";
import { lockCustomer } from "../../db/customers";
import { customerHasBillingHistory, findTestClockById, setCustomerTestClock } from "../../db/test-clocks";
import { AppError, notFound } from "../../errors";
import type { TestClockDto } from "../../schemas/test-clock";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { toTestClockDto } from "./dto";

/**
 * Puts a customer on a test clock: its subscriptions will live in the clock's time. Only a customer
 * without subscriptions or invoices may move, so real and simulated time never mix in one history.
 */
export async function attachCustomerToTestClock(ctx: Ctx, testClockId: string, customerId: string): Promise<TestClockDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const customer = await lockCustomer(tx, customerId);
    if (!customer) throw new AppError("not_found", `No customer with id '${customerId}'.`, { param: "customer_id" });
    if (!(await findTestClockById(tx, testClockId))) throw notFound("test_clock", testClockId);
    if (customer.testClockId !== testClockId) {
      if (customer.testClockId !== null) {
        throw new AppError("invalid_state", `This customer is already on test clock ${customer.testClockId}.`, { param: "customer_id" });
      }
      if (await customerHasBillingHistory(tx, customer.id)) {
        throw new AppError("invalid_state", "Only a customer without subscriptions or invoices can be put on a test clock.", { param: "customer_id" });
      }
      await setCustomerTestClock(tx, customer.id, testClockId);
      await recordAudit(tx, ctx, { action: "test_clock.attach_customer", resourceType: "test_clock", resourceId: testClockId, details: { customer_id: customer.id } });
    }
    return toTestClockDto((await findTestClockById(tx, testClockId))!);
  });
}
