export type ReadOutcome = { ok: true } | { ok: false; error: unknown };

/**
 * One background read at a time, for the stores that publish a read into the query cache (the tenant
 * index, the usage index): start, stop, and hear how it ended, unless it was stopped or replaced.
 */
export class ReadControl {
  private controller?: AbortController;

  get running(): boolean {
    return this.controller !== undefined;
  }

  /** Aborts the running read (the request in flight is abandoned); true when there was one. */
  stop(): boolean {
    const running = this.controller;
    this.controller = undefined;
    running?.abort();
    return running !== undefined;
  }

  /** Runs `read` with a fresh signal, stopping any read still running; `settle` hears only a read not stopped. */
  async run(read: (signal: AbortSignal) => Promise<void>, settle: (outcome: ReadOutcome) => void): Promise<void> {
    this.stop();
    const controller = new AbortController();
    this.controller = controller;
    try {
      await read(controller.signal);
      if (!controller.signal.aborted) settle({ ok: true });
    } catch (error) {
      if (!controller.signal.aborted) settle({ ok: false, error });
    } finally {
      if (this.controller === controller) this.controller = undefined;
    }
  }
}
