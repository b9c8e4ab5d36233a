import type { Clock } from './clock.js';
import { FakeApiError } from './errors.js';
import { uuid } from './ids.js';

export type FunctionType = 'sync' | 'action' | 'on-event';

export interface DeployedFunction {
  id: number;
  envId: number;
  integrationId: string;
  name: string;
  type: FunctionType;
  code: string;
  description?: string;
  returns: string[];
  runs: string | null;
  event?: 'post-connection-creation' | 'pre-connection-deletion' | 'validate-connection';
  enabled: boolean;
  version: string;
  source: 'catalog' | 'standalone' | 'repo';
  lastDeployed: string;
}

export interface FunctionInput {
  integrationId: string;
  name: string;
  type: FunctionType;
  code?: string;
  description?: string;
  returns?: string[];
  runs?: string | null;
  event?: DeployedFunction['event'];
  version?: string;
  source?: DeployedFunction['source'];
}

export interface Job {
  id: string;
  kind: 'dryrun' | 'deployment';
  envId: number;
  integrationId: string;
  functionName?: string;
  functionType: 'sync' | 'action';
  createdAt: string;
  /** Number of times the job was read; it completes on the first read after creation. */
  reads: number;
  status: 'waiting' | 'running' | 'success' | 'failed';
  startedAt?: string;
  completedAt?: string;
}

/** Deployed functions, dry runs and deployments with simple, deterministic progress. */
export class FunctionStore {
  readonly #clock: Clock;
  readonly #functions: DeployedFunction[] = [];
  readonly #jobs = new Map<string, Job>();
  #nextId = 1;

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  add(envId: number, input: FunctionInput): DeployedFunction {
    const existing = this.#functions.findIndex((f) => f.envId === envId && f.integrationId === input.integrationId && f.name === input.name && f.type === input.type);
    const fn: DeployedFunction = {
      id: existing >= 0 ? this.#functions[existing]!.id : this.#nextId++,
      envId,
      integrationId: input.integrationId,
      name: input.name,
      type: input.type,
      code: input.code ?? `export default async function run() {}\n`,
      ...(input.description !== undefined ? { description: input.description } : {}),
      returns: input.returns ?? [],
      runs: input.type === 'sync' ? (input.runs ?? 'every hour') : null,
      ...(input.event !== undefined ? { event: input.event } : input.type === 'on-event' ? { event: 'post-connection-creation' as const } : {}),
      enabled: true,
      version: input.version ?? '0.0.1',
      source: input.source ?? 'standalone',
      lastDeployed: this.#clock.iso(),
    };
    if (existing >= 0) this.#functions[existing] = fn;
    else this.#functions.push(fn);
    return fn;
  }

  list(envId: number, integrationId: string, filter: { type?: FunctionType; search?: string } = {}): DeployedFunction[] {
    return this.#functions.filter(
      (f) =>
        f.envId === envId &&
        f.integrationId === integrationId &&
        (filter.type === undefined || f.type === filter.type) &&
        (filter.search === undefined || f.name.toLowerCase().includes(filter.search.toLowerCase())),
    );
  }

  /** One function by name; 409 `ambiguous_function` when several types share the name and no type is given. */
  get(envId: number, integrationId: string, name: string, type?: FunctionType): DeployedFunction {
    const matches = this.list(envId, integrationId, type ? { type } : {}).filter((f) => f.name === name);
    if (matches.length === 0) throw new FakeApiError(404, 'not_found', `Function '${name}' not found`);
    if (matches.length > 1) {
      throw new FakeApiError(409, 'ambiguous_function', 'Several functions share this name; pass a type', {
        payload: { matches: matches.map((m) => ({ type: m.type, name: m.name })) },
      });
    }
    return matches[0]!;
  }

  delete(envId: number, integrationId: string, name: string, type: FunctionType): void {
    const fn = this.get(envId, integrationId, name, type);
    if (fn.source === 'repo') throw new FakeApiError(400, 'function_managed_by_deploy', 'This function is managed by a deploy and cannot be deleted here');
    this.#functions.splice(this.#functions.indexOf(fn), 1);
  }

  all(envId: number): DeployedFunction[] {
    return this.#functions.filter((f) => f.envId === envId);
  }

  dropIntegration(envId: number, integrationId: string): void {
    for (let i = this.#functions.length - 1; i >= 0; i--) {
      const f = this.#functions[i]!;
      if (f.envId === envId && f.integrationId === integrationId) this.#functions.splice(i, 1);
    }
  }

  createJob(job: Omit<Job, 'id' | 'createdAt' | 'reads' | 'status'>): Job {
    const created: Job = { ...job, id: uuid(), createdAt: this.#clock.iso(), reads: 0, status: 'waiting' };
    this.#jobs.set(created.id, created);
    return created;
  }

  /** Reads a job and advances it: waiting -> running -> success. */
  readJob(kind: Job['kind'], id: string): Job {
    const job = this.#jobs.get(id);
    if (!job || job.kind !== kind) throw new FakeApiError(404, 'not_found', `${kind === 'dryrun' ? 'Dry run' : 'Deployment'} not found`);
    job.reads++;
    const now = this.#clock.iso();
    if (job.status === 'waiting') {
      job.status = 'running';
      job.startedAt = now;
    } else if (job.status === 'running') {
      job.status = 'success';
      job.completedAt = now;
    }
    return job;
  }
}
