/**
 * @module
 * Reading a round's report through the API as a signed-in reader, to see that an answer
 * given in the browser reached the report.
 */

export async function reportOf(
  baseUrl: string,
  roundId: number,
): Promise<{
  groups: { group: string; responses: number; waiting?: number }[];
  questions: { id: string; n: number; distribution: Record<string, number> }[];
}> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'lasare@demo.example', password: 'demo-lasare-2021' }),
  });
  const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  const res = await fetch(`${baseUrl}/api/rounds/${roundId}/report`, {
    headers: { Cookie: cookie },
  });
  if (!res.ok) throw new Error(`report: ${res.status}`);
  return res.json();
}
