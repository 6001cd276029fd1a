// Messages between the scan and its worker threads.
import type { FileJob, FileOutcome } from './fileAnalysis';

export interface WorkerRequest {
  id: number;
  job: FileJob;
}

export type WorkerReply =
  | { id: number; kind: 'done'; outcome: FileOutcome }
  /** Analysing this file failed: an internal error, the scan goes on. */
  | { id: number; kind: 'failed'; message: string }
  /** The installation is broken (a grammar is missing): the scan stops. */
  | { id: number; kind: 'fatal'; message: string };
