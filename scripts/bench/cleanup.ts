type CleanupStep = { name: string; run: () => Promise<void> };

const steps: CleanupStep[] = [];
let running: Promise<void> | undefined;
let interrupted = false;

/** Return whether Ctrl-C or SIGTERM arrived, in which case errors from work cut short are expected. */
export function wasInterrupted(): boolean {
  return interrupted;
}

/** Register a step to run at exit, after the steps registered later (a stack, like nested finally blocks). */
export function onCleanup(name: string, run: () => Promise<void>): void {
  steps.push({ name, run });
}

/** Run every registered step once, newest first. A failing step is reported, and the others still run. */
export function runCleanup(): Promise<void> {
  running ??= (async () => {
    while (steps.length > 0) {
      const step = steps.pop()!;
      try {
        await step.run();
      } catch (error) {
        console.error(`cleanup: ${step.name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  })();

  return running;
}

/**
 * On Ctrl-C or SIGTERM, run the cleanup and exit with 128 + signal number.
 * A second signal exits at once without waiting for the cleanup.
 */
export function cleanupOnSignals(onInterrupt: () => void): void {
  const handle = (signal: NodeJS.Signals, code: number) => {
    if (interrupted) process.exit(code);
    interrupted = true;
    console.error(`\n${signal} received: stopping and cleaning up (a second one exits at once)…`);
    onInterrupt();
    void runCleanup().finally(() => process.exit(code));
  };
  process.on("SIGINT", () => handle("SIGINT", 130));
  process.on("SIGTERM", () => handle("SIGTERM", 143));
}
