/** Largest JSON (or other non-upload) request body accepted on /api (bytes). Policies are far smaller. */
export const JSON_MAX_BYTES = 2 * 1024 * 1024;

/** A 413 answer in Korean (Payload's error shape, so the admin shows the message). */
export function payloadTooLarge(limit: number): Response {
  const megabytes = (limit / 1_000_000).toLocaleString("ko-KR", { maximumFractionDigits: 1 });
  return Response.json(
    { errors: [{ message: `요청 본문이 너무 큽니다. 최대 ${megabytes}MB까지 받을 수 있습니다.` }] },
    { status: 413 },
  );
}

/**
 * Reads the body of `request` into memory only while it stays within `limit` bytes.
 * A declared `Content-Length` over the limit is refused before a byte is read; a chunked or
 * mis-declared body is refused as soon as the bytes read pass the limit. The rest is not read here: the
 * stream is left paused, so the client's upload stalls on TCP backpressure while it receives the 413
 * (the connection is not reset under it, which would lose the answer), and Node's request timeout
 * closes a client that never stops.
 * Returns the bytes, or a 413 Response. GET and HEAD have no body and give an empty buffer.
 */
export async function readBodyWithin(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | Response> {
  if (request.method === "GET" || request.method === "HEAD" || !request.body) return new Uint8Array();
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) return payloadTooLarge(limit);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) return payloadTooLarge(limit);
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
