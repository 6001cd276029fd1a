// Who analyses the gated files: this thread, or a pool of worker threads (one per core) for folder scans.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { createAnalyzer, type Analyzer } from '../core/analyze';
import type { WasmLoader } from '../core/parsing/parser';
import { WasmLoadError } from '../node/wasm';
import { analyzeFile, type FileJob, type FileOutcome } from './fileAnalysis';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

export interface Analyst {
  /** Resolves with the outcome, or rejects: with WasmLoadError when the installation is broken, else with the failure. */
  analyze(job: FileJob): Promise<FileOutcome>;
  close(): Promise<void>;
}

/** Analyses in this thread: no start-up cost, the right choice for a few files. */
export function localAnalyst(loadWasm: WasmLoader): Analyst {
  let analyzer: Promise<Analyzer> | undefined;
  return {
    async analyze(job) {
      analyzer ??= createAnalyzer(loadWasm);
      return analyzeFile(await analyzer, job);
    },
    async close() {},
  };
}

const WORKER_SCRIPT = path.join(__dirname, 'scanWorker.js');

/**
 * Analyses in worker threads, one per core, started as work arrives; each file goes to the worker with the
 * fewest bytes still queued (parse time grows with size). Falls back to this thread when the worker bundle is
 * not installed beside the CLI.
 */
export function workerAnalyst(loadWasm: WasmLoader, size = availableParallelism()): Analyst {
  if (!existsSync(WORKER_SCRIPT) || size < 2) return localAnalyst(loadWasm);
  const workers: { worker: Worker; queued: number }[] = [];
  const pending = new Map<number, { resolve: (o: FileOutcome) => void; reject: (e: Error) => void; owner: Worker; bytes: number }>();
  let nextId = 0;

  function start(): { worker: Worker; queued: number } {
    const worker = new Worker(WORKER_SCRIPT);
    const entry = { worker, queued: 0 };
    worker.on('message', (reply: WorkerReply) => {
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      entry.queued -= job.bytes;
      if (reply.kind === 'done') job.resolve(reply.outcome);
      else job.reject(reply.kind === 'fatal' ? new WasmLoadError(reply.message) : new Error(reply.message));
    });
    worker.on('error', (error) => {
      // A crashed worker fails its own files; later files go to the others or to a new one.
      for (const [id, job] of pending) if (job.owner === worker) (pending.delete(id), job.reject(error));
      workers.splice(workers.indexOf(entry), 1);
    });
    workers.push(entry);
    return entry;
  }

  return {
    analyze(job) {
      // A new worker only when every running one is busy: small scans pay for one start, not `size`.
      let target = workers.reduce<{ worker: Worker; queued: number } | undefined>((best, w) => (!best || w.queued < best.queued ? w : best), undefined);
      if (!target || (target.queued > 0 && workers.length < size)) target = start();
      const bytes = job.text.length;
      target.queued += bytes;
      const id = nextId++;
      const owner = target.worker;
      return new Promise<FileOutcome>((resolve, reject) => {
        pending.set(id, { resolve, reject, owner, bytes });
        owner.postMessage({ id, job } satisfies WorkerRequest);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
