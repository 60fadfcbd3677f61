/** The messages between the monitor page and its worker. Only results travel back; the file stays in the worker. */
import type { AnalysisOptions, AnalysisResult } from '../../lib/monitor/analysis.ts';
import type { DimensionId } from '../../lib/monitor/columns.ts';
import type { LoadReport } from '../../lib/monitor/trajectory-store.ts';

export type ToWorker = { type: 'load'; file: File } | { type: 'analyse'; requestId: number; options: AnalysisOptions };

export type FromWorker =
  | { type: 'progress'; bytesRead: number; totalBytes: number }
  | { type: 'loaded'; report: LoadReport; values: Record<DimensionId, string[]>; latestDate: string | null }
  | { type: 'result'; requestId: number; result: AnalysisResult }
  | { type: 'failed'; message: string };
