/**
 * The batch file size limit: "Maximum batch file size: 512 MB" (contract §9, S1 upload description, D3).
 * Read as 512 MiB, the larger reading, so that a file the API accepts is never flagged.
 */
export const MAX_BATCH_FILE_BYTES = 512 * 1024 * 1024

/**
 * Requests per batch file. The sources conflict (contract §9): the batch guide says "up to 1 million
 * requests in a single batch", the known-limitations page "Maximum requests per batch: 100,000". Above
 * 1,000,000 is an error, since no source allows it; above 100,000 is a warning only, since the guide allows
 * it and an error would block batches the API may accept.
 */
export const MAX_BATCH_FILE_REQUESTS = 1_000_000

/** Above this many requests, a warning quotes the known-limitations page (see {@link MAX_BATCH_FILE_REQUESTS}). */
export const BATCH_FILE_REQUESTS_WARNING = 100_000
