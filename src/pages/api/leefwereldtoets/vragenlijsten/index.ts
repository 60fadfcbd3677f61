import type { APIRoute } from 'astro';
import { jsonResponse, leefwereldtoetsContext } from '../../../../data/leefwereldtoets';

export const prerender = false;

/** The questionnaires: id, title, version, for whom. */
export const GET: APIRoute = async () => {
  const { questionnaires } = await leefwereldtoetsContext();
  return jsonResponse({
    vragenlijsten: [...questionnaires.values()].map(({ id, title, version, minutes }) => ({ id, title, version, minutes })),
  });
};
