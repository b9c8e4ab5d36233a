import type { ActiveFault, FaultSpec } from './types.js';

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '.*');
  return new RegExp(`^${escaped}$`);
}

function matches(fault: FaultSpec, method: string, path: string, operationId: string | undefined): boolean {
  if (fault.route === undefined) return true;
  if (!fault.route.includes(' ')) return fault.route === operationId;
  const [m, p] = fault.route.split(' ', 2) as [string, string];
  return (m === '*' || m.toUpperCase() === method.toUpperCase()) && globToRegExp(p).test(path);
}

/** Registered faults; picks the fault that applies to a request. */
export class FaultStore {
  readonly #faults: ActiveFault[] = [];
  #nextId = 1;

  /** Adds a fault; returns a function that removes it. */
  add(spec: FaultSpec): () => void {
    const fault: ActiveFault = { ...spec, id: this.#nextId++, matched: 0, applied: 0 };
    this.#faults.push(fault);
    return () => this.remove(fault.id);
  }

  remove(id: number): void {
    const index = this.#faults.findIndex((f) => f.id === id);
    if (index >= 0) this.#faults.splice(index, 1);
  }

  clear(): void {
    this.#faults.length = 0;
  }

  list(): readonly ActiveFault[] {
    return this.#faults;
  }

  /** The first fault that applies to this request, counting the match. */
  take(method: string, path: string, operationId: string | undefined): ActiveFault | undefined {
    for (const fault of this.#faults) {
      if (!matches(fault, method, path, operationId)) continue;
      fault.matched++;
      if (fault.nth !== undefined && fault.matched !== fault.nth) continue;
      if (fault.times !== undefined && fault.applied >= fault.times) continue;
      fault.applied++;
      return fault;
    }
    return undefined;
  }
}
