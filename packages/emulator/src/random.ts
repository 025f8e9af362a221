/**
 * Small, dependency-free randomness: a string hash and a seeded PRNG. The fake models and the seeded
 * fault/id streams need reproducible numbers on every runtime, which `Math.random` cannot give.
 */

/** cyrb53: a fast 53-bit string hash with good spread (public domain, bryc). */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed
  let h2 = 0x41c6ce57 ^ seed
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

/** A random source: each call returns a float in [0, 1). */
export type Random = () => number

/** mulberry32: a seeded 32-bit PRNG, plenty for emulation (not for cryptography). */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A PRNG seeded from any text, e.g. the JSON of a request body. */
export function randomFor(text: string): Random {
  return mulberry32(hash53(text) % 4294967296)
}

/** `n` lowercase hex digits drawn from `random`. */
export function hex(random: Random, n: number): string {
  let out = ''
  for (let i = 0; i < n; i++) out += Math.floor(random() * 16).toString(16)
  return out
}

/** A version-4-shaped UUID drawn from `random`. */
export function uuidFrom(random: Random): string {
  const h = hex(random, 32)
  const variant = ((Math.floor(random() * 4) + 8) as number).toString(16)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
}

/** An integer in [min, max] drawn from `random`. */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1))
}
