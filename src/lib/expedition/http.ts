/** Small helpers for the learning expedition's JSON endpoints: one shape for answers and errors. */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

export function problem(status: number, message: string, fields?: Record<string, string>): Response {
  return json(fields ? { fout: message, velden: fields } : { fout: message }, status);
}

/** Reads a JSON body; undefined when it is not JSON (the caller answers 400 or 415). */
export async function readJson(request: Request): Promise<unknown> {
  if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')) return undefined;
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}
