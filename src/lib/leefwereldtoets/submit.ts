/**
 * Receiving a submission, independent of Astro: content type, body size, JSON parsing, validation and the
 * atomic save. Used by the JSON/form API and by the no-JavaScript form page. Every failure is a 4xx with
 * Dutch messages per field, and nothing is written unless the whole submission is valid.
 */
import type { SaveOutcome } from './repository';
import { formToPayload, validateSubmission, type FieldError, type Submission, type ValidationContext } from './validate';

export interface SubmitLimits {
  maxBodyBytes: number;
}

/** `LTW_MAX_BODY_BYTES` (default 16 KiB: a full questionnaire with the longest free text is about 3 KiB). */
export function submitLimits(env: Record<string, string | undefined> = process.env): SubmitLimits {
  const configured = Number(env.LTW_MAX_BODY_BYTES);
  return { maxBodyBytes: Number.isInteger(configured) && configured > 0 ? configured : 16 * 1024 };
}

export interface SubmitOutcome {
  status: number;
  body: { status: 'opgeslagen' | 'al-ontvangen' | 'fout'; errors?: FieldError[] };
}

const error = (status: number, field: string, message: string): SubmitOutcome => ({ status, body: { status: 'fout', errors: [{ field, message }] } });

/** Reads at most `limit` bytes; a larger body is refused without reading the rest. */
export async function readLimitedBody(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export type BodyKind = 'json' | 'form';

export function bodyKindOf(contentType: string | null): BodyKind | null {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') return 'json';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  return null;
}

export async function submitRequest(request: Request, save: (submission: Submission) => Promise<SaveOutcome>, context: ValidationContext, limits: SubmitLimits): Promise<SubmitOutcome> {
  const kind = bodyKindOf(request.headers.get('content-type'));
  if (!kind) return error(415, '', 'Stuur de antwoorden als JSON (application/json) of als formulier (application/x-www-form-urlencoded).');
  const text = await readLimitedBody(request, limits.maxBodyBytes);
  if (text === null) return error(413, '', `Je inzending is te groot: hoogstens ${limits.maxBodyBytes} bytes.`);
  let payload: unknown;
  if (kind === 'json') {
    try {
      payload = JSON.parse(text);
    } catch {
      return error(400, '', 'De inzending is geen geldige JSON.');
    }
  } else {
    payload = formToPayload(new URLSearchParams(text), context.questionnaires);
  }
  const idempotencyHeader = request.headers.get('idempotency-key');
  if (idempotencyHeader && typeof payload === 'object' && payload !== null && !Array.isArray(payload) && !('sleutel' in payload)) {
    payload = { ...payload, sleutel: idempotencyHeader };
  }
  const result = validateSubmission(payload, context);
  if (!result.ok) return { status: 422, body: { status: 'fout', errors: result.errors } };
  const outcome = await save(result.submission);
  return outcome === 'saved' ? { status: 201, body: { status: 'opgeslagen' } } : { status: 200, body: { status: 'al-ontvangen' } };
}
