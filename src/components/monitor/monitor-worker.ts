/**
 * The monitor's Web Worker: reads the chosen file from the user's own disk in chunks (File.stream), builds the
 * trajectory store and answers analysis requests, so a 100 MB file never freezes the page. It makes no network
 * requests: the file's contents never leave this worker except as aggregated results for the page.
 */
import { analyse, dimensionValues } from '../../lib/monitor/analysis.ts';
import { formatDay } from '../../lib/monitor/day-numbers.ts';
import { MonitorFileLoader, type TrajectoryStore } from '../../lib/monitor/trajectory-store.ts';
import type { FromWorker, ToWorker } from './monitor-messages.ts';

let store: TrajectoryStore | undefined;

const send = (message: FromWorker) => postMessage(message);

/** Progress is reported about every 1% (and at least every 4 MB), not per chunk, to keep the page quiet. */
async function load(file: File): Promise<void> {
  store = undefined;
  const loader = new MonitorFileLoader();
  const decoder = new TextDecoder('utf-8');
  const reader = file.stream().getReader();
  const step = Math.min(4 * 1024 * 1024, Math.max(64 * 1024, file.size / 100));
  let bytesRead = 0;
  let reported = 0;
  send({ type: 'progress', bytesRead: 0, totalBytes: file.size });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytesRead += value.byteLength;
    loader.push(decoder.decode(value, { stream: true }));
    if (loader.report.fatal) {
      await reader.cancel();
      break;
    }
    if (bytesRead - reported >= step) {
      reported = bytesRead;
      send({ type: 'progress', bytesRead, totalBytes: file.size });
    }
  }
  if (!loader.report.fatal) loader.push(decoder.decode());
  const report = loader.end();
  send({ type: 'progress', bytesRead: file.size, totalBytes: file.size });
  if (!report.fatal) store = loader.store;
  send({ type: 'loaded', report, values: dimensionValues(loader.store), latestDate: loader.store.count > 0 ? formatDay(loader.store.latestDay) : null });
}

onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'load') {
    load(message.file).catch((error: unknown) => send({ type: 'failed', message: `Het bestand kon niet worden gelezen (${error instanceof Error ? error.message : String(error)}).` }));
  } else if (message.type === 'analyse' && store) {
    send({ type: 'result', requestId: message.requestId, result: analyse(store, message.options) });
  }
};
