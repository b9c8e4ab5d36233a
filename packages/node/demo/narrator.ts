/** Prints numbered steps with what was sent and a short result, and keeps the tally. */
export class Narrator {
  #index = 0;
  #passed = 0;
  readonly #failed: string[] = [];

  /** Runs one step; a thrown error marks it failed and the demo goes on with the next step. */
  async step(title: string, run: (say: (line: string) => void) => Promise<string>): Promise<boolean> {
    this.#index++;
    console.log(`\n${String(this.#index).padStart(2, ' ')}. ${title}`);
    const say = (line: string): void => console.log(`    → ${line}`);
    try {
      const result = await run(say);
      console.log(`    ✓ ${result}`);
      this.#passed++;
      return true;
    } catch (error) {
      const name = error instanceof Error ? error.name : 'Error';
      const message = error instanceof Error ? error.message : String(error);
      console.log(`    ✗ ${name}: ${message}`);
      this.#failed.push(title);
      return false;
    }
  }

  /** Prints the closing line and returns the process exit code. */
  summary(): number {
    const total = this.#passed + this.#failed.length;
    if (this.#failed.length === 0) {
      console.log(`\nDemo passed: ${this.#passed} of ${total} steps succeeded.`);
      return 0;
    }
    console.log(`\nDemo failed: ${this.#failed.length} of ${total} steps failed (${this.#failed.join('; ')}).`);
    return 1;
  }
}

/** Shows that a secret exists without printing any of it: only its length. */
export function masked(secret: unknown): string {
  if (typeof secret !== 'string' || secret === '') return '(none)';
  return `[hidden, ${secret.length} chars]`;
}

/** Throws when a demo expectation does not hold, so the step is reported as failed. */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`check failed: ${message}`);
}
