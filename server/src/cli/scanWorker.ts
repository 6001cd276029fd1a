// A worker thread of the scan: loads the analyser once, then analyses the files the main thread sends.
import { parentPort } from 'node:worker_threads';
import { createAnalyzer, type Analyzer } from '../core/analyze';
import { describeError } from '../node/fsErrors';
import { bundledWasmLoader, WasmLoadError } from '../node/wasm';
import { analyzeFile, type FileJob } from './fileAnalysis';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

let analyzer: Promise<Analyzer> | undefined;
const port = parentPort!;

port.on('message', (request: WorkerRequest) => {
  void handle(request.id, request.job).then((reply) => port.postMessage(reply));
});

async function handle(id: number, job: FileJob): Promise<WorkerReply> {
  try {
    analyzer ??= createAnalyzer(bundledWasmLoader());
    return { id, kind: 'done', outcome: await analyzeFile(await analyzer, job) };
  } catch (error) {
    return { id, kind: error instanceof WasmLoadError ? 'fatal' : 'failed', message: describeError(error) };
  }
}
