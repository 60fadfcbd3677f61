/** Reads a monitor file from disk in chunks (Node only: the command line and the benchmark). */
import { createReadStream } from 'node:fs';
import { MonitorFileLoader } from './trajectory-store.ts';

export async function loadMonitorFile(file: string): Promise<MonitorFileLoader> {
  const loader = new MonitorFileLoader();
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  for await (const chunk of stream) {
    loader.push(chunk as string);
    if (loader.report.fatal) {
      stream.destroy();
      break;
    }
  }
  loader.end();
  return loader;
}
