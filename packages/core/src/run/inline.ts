/** Up to this many requests, and INLINE_MAX_BYTES of JSON, `run` sends them inline instead of uploading. */
export const INLINE_MAX_REQUESTS = 1_000
/** 1 MiB: an inline job's results come back whole in one `outputs` response (§3.3), so keep them small. */
export const INLINE_MAX_BYTES = 1 << 20
