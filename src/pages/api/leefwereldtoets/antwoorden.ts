import type { APIRoute } from 'astro';
import { jsonResponse, leefwereldtoetsContext, saveSubmission, submissionLimiter as limiter, submissionLimits as limits } from '../../../data/leefwereldtoets';
import { submitRequest } from '../../../lib/leefwereldtoets/submit';

export const prerender = false;

/** Stores one response (JSON or form-encoded). 201 when stored, 200 when this retry key was already stored. */
export const POST: APIRoute = async ({ request, clientAddress }) => {
  if (!limiter.allow(clientAddress)) {
    return jsonResponse({ status: 'fout', errors: [{ field: '', message: 'Je hebt te vaak iets verstuurd. Probeer het over een minuut opnieuw.' }] }, 429, { 'Retry-After': String(limiter.windowMs / 1000) });
  }
  const outcome = await submitRequest(request, saveSubmission, await leefwereldtoetsContext(), limits);
  return jsonResponse(outcome.body, outcome.status);
};
