// Runs once when the server starts: migrate the database, apply environment bootstrap,
// and start the background worker (unless BILLOW_WORKER=off, for a separate `npm run worker`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServerRuntime } = await import("./lib/server/startup");
  await startServerRuntime();
}
