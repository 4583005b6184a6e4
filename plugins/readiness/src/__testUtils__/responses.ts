/** A JSON answer of a fake readiness backend. */
export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

/** A refusal in the shape Backstage's error handler answers with. */
export const refused = (name: string, message: string, status: number) =>
  json({ error: { name, message }, response: { statusCode: status } }, status);
