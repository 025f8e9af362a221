/** A fetch double that answers every call with `respond` and counts the calls it received. */
export function countingFetch(respond: (request: Request) => Response | Promise<Response> = notCalled) {
  const calls: Request[] = []
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init)
    calls.push(request)
    return respond(request)
  }
  return { fetch: fetch as typeof globalThis.fetch, calls }
}

function notCalled(): Response {
  return new Response('{"detail":"this test expected no request"}', { status: 599 })
}

/** A JSON response. */
export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } })
