/** 128 random bits as 32 hex chars. getRandomValues (unlike randomUUID) also exists outside secure contexts. */
export function randomId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}
