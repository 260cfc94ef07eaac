import { describe, expect, test } from "vitest";
import { clearProcessCaches, processCache } from "./process-cache";

describe("processCache", () => {
  test("keeps a loaded value for its time to live, not a null one", async () => {
    const cache = processCache<string, string | null>("test-ttl", 60_000);
    let loads = 0;
    const load = async () => `value ${++loads}`;
    expect(await cache.get("a", load)).toBe("value 1");
    expect(await cache.get("a", load)).toBe("value 1");
    expect(await cache.get("a", load, 0)).toBe("value 2");
    expect(await cache.get("missing", async () => null)).toBeNull();
    expect(await cache.get("missing", async () => "found")).toBe("found");
  });

  test("one cache per name in the process: an invalidation through any copy of the module reaches every user", async () => {
    // Next.js bundles route handlers and server actions apart: each bundle asks for the cache by name.
    const inRoutes = processCache<string, number>("test-shared", 60_000);
    const inActions = processCache<string, number>("test-shared", 60_000);
    expect(inActions).toBe(inRoutes);
    expect(await inRoutes.get("k", async () => 1)).toBe(1);
    inActions.invalidate();
    expect(await inRoutes.get("k", async () => 2)).toBe(2);
    clearProcessCaches();
    expect(await inRoutes.get("k", async () => 3)).toBe(3);
  });

  test("a load that started before an invalidation is answered but not kept", async () => {
    const cache = processCache<string, string>("test-race", 60_000);
    let release!: () => void;
    const slow = cache.get("k", () => new Promise<string>((resolve) => (release = () => resolve("old"))));
    cache.invalidate();
    release();
    expect(await slow).toBe("old");
    expect(await cache.get("k", async () => "new")).toBe("new");
  });
});
