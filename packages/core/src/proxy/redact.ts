const REDACTED = '[redacted]'
const encoder = new TextEncoder()

/** The forms a key can be echoed in: as sent, and percent-encoded (e.g. inside a URL in `Location`). */
export function secretsOf(key: string): string[] {
  return [...new Set([key, encodeURIComponent(key)])].sort((a, b) => b.length - a.length)
}

/** `text` with every secret replaced; the longest first, so no part of a longer form survives. */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text
  for (const secret of secrets) out = out.split(secret).join(REDACTED)
  return out
}

/** The headers with every value redacted (an upstream may echo the Authorization it received). */
export function redactHeaders(headers: Headers, secrets: readonly string[]): Headers {
  const out = new Headers()
  headers.forEach((value, name) => {
    if (name !== 'set-cookie') out.append(name, redactText(value, secrets))
  })
  for (const cookie of headers.getSetCookie()) out.append('set-cookie', redactText(cookie, secrets))
  return out
}

function matchAt(buffer: Uint8Array, at: number, needle: Uint8Array): boolean {
  if (at + needle.byteLength > buffer.byteLength) return false
  for (let i = 0; i < needle.byteLength; i++) if (buffer[at + i] !== needle[i]) return false
  return true
}

/**
 * A body stream with every secret replaced, byte for byte, including a secret split across chunks: the
 * last `longest - 1` bytes of a chunk wait for the next one. Works on any bytes (no decoding), and holds
 * no more than one chunk plus that tail.
 */
export function redactStream(
  body: ReadableStream<Uint8Array>,
  secrets: readonly string[],
): ReadableStream<Uint8Array> {
  const needles = secrets.map((secret) => encoder.encode(secret)).filter((n) => n.byteLength > 0)
  const replacement = encoder.encode(REDACTED)
  const longest = Math.max(0, ...needles.map((n) => n.byteLength))
  let carry: Uint8Array = new Uint8Array(0)

  const scan = (buffer: Uint8Array, final: boolean, emit: (piece: Uint8Array) => void): Uint8Array => {
    let start = 0
    let at = 0
    // Short of `longest` bytes, a match may still be completed by the next chunk: wait, unless final.
    const stop = final ? buffer.byteLength : buffer.byteLength - longest + 1
    while (at < stop) {
      const needle = needles.find((n) => matchAt(buffer, at, n))
      if (!needle) {
        at++
        continue
      }
      if (at > start) emit(buffer.subarray(start, at))
      emit(replacement)
      at += needle.byteLength
      start = at
    }
    if (final) {
      if (start < buffer.byteLength) emit(buffer.subarray(start))
      return new Uint8Array(0)
    }
    const keepFrom = Math.max(start, at)
    if (keepFrom > start) emit(buffer.subarray(start, keepFrom))
    return buffer.slice(keepFrom)
  }

  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        const buffer = new Uint8Array(carry.byteLength + chunk.byteLength)
        buffer.set(carry)
        buffer.set(chunk, carry.byteLength)
        carry = scan(buffer, false, (piece) => controller.enqueue(piece.slice()))
      },
      flush(controller) {
        scan(carry, true, (piece) => controller.enqueue(piece.slice()))
      },
    }),
  )
}
