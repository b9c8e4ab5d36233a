/** fast-check options with a failure report that shortens long repeated runs (10 kB identifiers) so it stays readable. */
import fc, { type RunDetails } from 'fast-check';

function shorten(text: string): string {
  return text.replace(/(.)\1{40,}/gs, (run, ch: string) => `${ch}…(×${run.length})`);
}

export function propertyOptions<T>(numRuns: number): fc.Parameters<T> {
  return {
    numRuns,
    asyncReporter: async (details: RunDetails<T>) => {
      if (!details.failed) return;
      const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      throw new Error(shorten(`${fc.defaultReportMessage(details) ?? 'property failed'}\nCaused by: ${cause.slice(0, 2000)}`));
    },
  };
}
