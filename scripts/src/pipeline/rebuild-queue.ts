/**
 * Runs rebuilds one at a time. A request that arrives while a build runs queues exactly one more
 * build (however many arrive), which starts when the current one ends; so the last publish is
 * always reflected and builds never overlap.
 */
export class RebuildQueue {
  private running: Promise<void> | null = null;
  private pendingReasons: string[] = [];

  constructor(private readonly build: (reasons: string[]) => Promise<void>) {}

  /** Asks for a rebuild. Resolves when a build that includes this request has finished. */
  request(reason: string): Promise<void> {
    this.pendingReasons.push(reason);
    if (!this.running) this.running = this.drain();
    return this.running;
  }

  /** True while a build runs or waits. */
  get isBusy(): boolean {
    return this.running !== null;
  }

  private async drain(): Promise<void> {
    try {
      while (this.pendingReasons.length > 0) {
        const reasons = this.pendingReasons;
        this.pendingReasons = [];
        // A failed build is recorded by `build` itself; the queue goes on with later requests.
        await this.build(reasons).catch(() => undefined);
      }
    } finally {
      this.running = null;
    }
  }
}
