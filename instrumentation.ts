/** Prepare the server before it takes requests; see lib/server-start.ts. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServer } = await import("@/lib/server-start");
    await startServer();
  }
}
