import {availableParallelism} from 'node:os';
import {isMainThread, parentPort, Worker, workerData} from 'node:worker_threads';
import type {ReportModel} from '../model/types.js';
import type {AnalysisSettings} from './analyse.js';

/** The parser is loaded on first use, so a run with nothing to parse does not pay for it. */
const loadAnalyser = async (settings: AnalysisSettings) => (await import('./analyse.js')).createAnalyser(settings);

/** Turns report text into its model; possibly on other threads. */
export interface Analyser {
  analyse(text: string, path: string): Promise<ReportModel>;
  close(): Promise<void>;
}

const WORKER_FLAG = 'evidence-gate-analyser';

type Request = {id: number; text: string; path: string};
type Response = {id: number; model?: ReportModel; error?: string};

/** Analyses on this thread: for a few reports, where starting workers costs more than it saves. */
export function inlineAnalyser(settings: AnalysisSettings): Analyser {
  let analyse: ReturnType<typeof loadAnalyser> | undefined;
  return {
    analyse: async (text, path) => (await (analyse ??= loadAnalyser(settings)))(text, path),
    close: async () => {},
  };
}

/**
 * Analyses on a pool of worker threads, one per CPU. Parsing is the whole cost of a scan and is
 * CPU-bound, so it scales with cores. The workers run `script` (the bundle itself, which starts as
 * a worker when `isAnalyserWorker()` says so). Each request goes to the least busy worker.
 */
export function workerAnalyser(settings: AnalysisSettings, script: string | URL, size = availableParallelism()): Analyser {
  const workers = Array.from({length: Math.max(1, size)}, () => {
    const worker = new Worker(script, {workerData: {flag: WORKER_FLAG, settings}});
    return {worker, busy: 0};
  });
  const pending = new Map<number, {resolve: (model: ReportModel) => void; reject: (error: Error) => void; slot: (typeof workers)[number]}>();
  let nextId = 0;
  for (const slot of workers) {
    slot.worker.on('message', ({id, model, error}: Response) => {
      const request = pending.get(id);
      if (!request) return;
      pending.delete(id);
      slot.busy--;
      if (model) request.resolve(model);
      else request.reject(new Error(error ?? 'analysis failed'));
    });
    slot.worker.on('error', (error) => {
      for (const [id, request] of pending) {
        if (request.slot !== slot) continue;
        pending.delete(id);
        request.reject(error);
      }
    });
  }
  return {
    analyse(text, path) {
      const slot = workers.reduce((best, candidate) => (candidate.busy < best.busy ? candidate : best));
      const id = nextId++;
      slot.busy++;
      return new Promise<ReportModel>((resolve, reject) => {
        pending.set(id, {resolve, reject, slot});
        slot.worker.postMessage({id, text, path} satisfies Request);
      });
    },
    async close() {
      await Promise.all(workers.map(({worker}) => worker.terminate()));
    },
  };
}

export function isAnalyserWorker(): boolean {
  return !isMainThread && (workerData as {flag?: string} | null)?.flag === WORKER_FLAG;
}

/** The worker's side: analyse each request and send back the model. */
export async function serveAnalyserWorker(): Promise<void> {
  const analyse = await loadAnalyser((workerData as {settings: AnalysisSettings}).settings);
  parentPort!.on('message', ({id, text, path}: Request) => {
    try {
      parentPort!.postMessage({id, model: analyse(text, path)} satisfies Response);
    } catch (error) {
      parentPort!.postMessage({id, error: error instanceof Error ? error.message : String(error)} satisfies Response);
    }
  });
}

/** Below this much text, parsing on this thread beats starting workers (measured by `npm run bench`). */
export const POOL_MIN_BYTES = 192 * 1024;

/** The analyser for a scan of `totalBytes`: workers running `script` for a large scan, else this thread. */
export function analyserFor(settings: AnalysisSettings, script: string, totalBytes: number): Analyser {
  return totalBytes >= POOL_MIN_BYTES && availableParallelism() > 1 ? workerAnalyser(settings, script) : inlineAnalyser(settings);
}
