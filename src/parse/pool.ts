import {availableParallelism} from 'node:os';
import {isMainThread, parentPort, Worker, workerData} from 'node:worker_threads';
import type {ReportModel} from '../model/types.js';
import type {AnalysisSettings} from './analyse.js';
import {UnparseableReport} from './guard.js';

/** The parser is loaded on first use, so a run with nothing to parse does not pay for it. */
const loadAnalyser = async (settings: AnalysisSettings) => (await import('./analyse.js')).createAnalyser(settings);

/**
 * Starts loading the parser on this thread while the caller waits on something else (the Action,
 * on the pull request's file list), so the first report does not wait for it. A failure to load
 * shows at the first report.
 */
export function preloadAnalyser(): void {
  import('./analyse.js').catch(() => {});
}

/** Turns report text into its model; possibly on other threads. */
export interface Analyser {
  analyse(text: string, path: string): Promise<ReportModel>;
  close(): Promise<void>;
}

const WORKER_FLAG = 'evidence-gate-analyser';

/**
 * Heap limit of each parse worker. Parsing takes a few hundred bytes of memory per byte of Markdown
 * at its peak; real reports need far less than this, and a pathological one fails alone instead of
 * exhausting the runner.
 */
export const WORKER_MEMORY_MB = 768;

/**
 * Young generation of each parse worker: the dial between speed and memory. The parser allocates
 * about a kilobyte per character of Markdown, and a larger nursery means fewer scavenges of it
 * (what survives them is not the report's event list: parsing a report in sections was no
 * faster). Measured on 10,000 reports with two workers: 64 MB, 57.6 s and 464 MB
 * peak RSS; 128 MB, 47.0 s and 610 MB. A required check is waited for on every push, and runners
 * have gigabytes: speed wins.
 */
export const WORKER_YOUNG_MB = 128;

/**
 * At most this many parse workers, whatever the CPU count: each holds its own heap, with its
 * `WORKER_YOUNG_MB` nursery, so a large self-hosted runner must not start one per core.
 */
export const MAX_WORKERS = 8;

type Request = {id: number; text: string; path: string};
type Response = {id: number; model?: ReportModel; error?: string; line?: number};

/** Analyses on this thread: for a few reports, where starting workers costs more than it saves. */
export function inlineAnalyser(settings: AnalysisSettings): Analyser {
  let analyse: ReturnType<typeof loadAnalyser> | undefined;
  return {
    analyse: async (text, path) => (await (analyse ??= loadAnalyser(settings)))(text, path),
    close: async () => {},
  };
}

/**
 * Analyses on a pool of `size` worker threads. Parsing is the whole cost of a scan and is
 * CPU-bound, so it scales with cores. The workers run `script` (the bundle itself, which starts as
 * a worker when `isAnalyserWorker()` says so). Each request goes to the least busy worker.
 */
export function workerAnalyser(settings: AnalysisSettings, script: string | URL, size = availableParallelism()): Analyser {
  interface Slot {
    worker: Worker;
    pending: Map<number, {resolve: (model: ReportModel) => void; reject: (error: Error) => void}>;
  }
  let nextId = 0;
  let closing = false;

  /** A worker; one that dies (out of memory on a pathological report) fails its requests and is replaced. */
  function start(slot?: Slot): Slot {
    const worker = new Worker(script, {
      workerData: {flag: WORKER_FLAG, settings},
      resourceLimits: {maxOldGenerationSizeMb: WORKER_MEMORY_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB},
    });
    const current: Slot = slot ?? {worker, pending: new Map()};
    current.worker = worker;
    worker.on('message', ({id, model, error, line}: Response) => {
      const request = current.pending.get(id);
      if (!request) return;
      current.pending.delete(id);
      if (model) request.resolve(model);
      else request.reject(line === undefined ? new Error(error ?? 'analysis failed') : new UnparseableReport(line, error ?? ''));
    });
    worker.on('error', (error) => {
      const cause =
        (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `parsing it needed more than ${WORKER_MEMORY_MB} MB of memory`
          : error.message;
      for (const request of current.pending.values()) request.reject(new Error(cause));
      current.pending.clear();
      if (!closing) start(current);
    });
    return current;
  }

  const slots = Array.from({length: Math.max(1, size)}, () => start());
  return {
    analyse(text, path) {
      const slot = slots.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best));
      const id = nextId++;
      return new Promise<ReportModel>((resolve, reject) => {
        slot.pending.set(id, {resolve, reject});
        slot.worker.postMessage({id, text, path} satisfies Request);
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map(({worker}) => worker.terminate()));
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
      const line = error instanceof UnparseableReport ? error.line : undefined;
      parentPort!.postMessage({id, error: error instanceof Error ? error.message : String(error), line} satisfies Response);
    }
  });
}

/** Below this much text, parsing on this thread beats starting workers (measured by `npm run bench`). */
export const POOL_MIN_BYTES = 192 * 1024;

/**
 * The analyser for a scan of `totalBytes`: this thread for a small scan; else workers running
 * `script`, one per CPU up to `MAX_WORKERS`, and no more than the text keeps busy (one per
 * `POOL_MIN_BYTES`, at least two).
 */
export function analyserFor(settings: AnalysisSettings, script: string, totalBytes: number): Analyser {
  const cpus = Math.min(availableParallelism(), MAX_WORKERS);
  if (totalBytes < POOL_MIN_BYTES || cpus < 2) return inlineAnalyser(settings);
  return workerAnalyser(settings, script, Math.min(cpus, Math.max(2, Math.floor(totalBytes / POOL_MIN_BYTES))));
}
