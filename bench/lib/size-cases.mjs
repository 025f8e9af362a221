// The bundle-size cases, shared by `pnpm bench` (section 1) and the CI budget check (size.mjs).
// Each entry makes the same calls a user would; 1 KB = 1000 bytes.

const useClient = `
import { createClient } from '@mistral-batch/core'
export async function use(requests) {
  const client = createClient({ apiKey: 'k' })
  const file = await client.files.upload(requests)
  const job = await client.batch.jobs.create({ endpoint: '/v1/chat/completions', model: 'm', input_files: [file.id] })
  await client.batch.jobs.wait(job.id)
  for await (const r of client.batch.results(job.id)) void r
  return client.batch.run(requests, { endpoint: '/v1/chat/completions', model: 'm' })
}
`
const useValidation = `${useClient}
import { validateBatchInput } from '@mistral-batch/core'
export const check = (source, endpoint) => validateBatchInput(source, { endpoint })
`
const sdkFuncs = ['batchJobsCreate', 'batchJobsGet', 'batchJobsList', 'batchJobsCancel', 'batchJobsDelete']
  .concat(['filesUpload', 'filesDownload'])
  .map((f) => `export { ${f} } from '@mistralai/mistralai/funcs/${f}.js'`)
  .join('\n')

/** The client with its byte-level upload progress module (loaded by files.upload on demand) left out. */
const noProgress = {
  filter: /packages\/core\/src\/upload\/progress-fetch\.ts$/,
  contents: 'export const progressFetch = () => undefined',
}

/** Optional peers of the official SDKs stay external, as the issue asks. */
const peers = ['@opentelemetry/api']

/**
 * The facade of `batch.groups` and `batch.retryFailed`, swapped for one that builds nothing: what is left
 * is the client before groups existed, bar the two lines of client.ts that call the facade.
 */
const groupsStub = {
  filter: /packages\/core\/src\/groups\/api\.ts$/,
  contents: 'export const createGroups = () => ({})\nexport const createRetryFailed = () => undefined\n',
  counts: /packages\/core\/src\/(groups|retry-failed|observe\/poller-cache)/,
}

export const sizeCases = {
  client: {
    name: 'ours: full client (createClient + files + jobs + wait + results + run)',
    contents: useClient,
    ours: true,
    // Issue 13: with ofetch as the transport, at most 12 KB up front (under 0.30× the official SDK's
    // standalone functions). Met since the calls load on first use (client-chunk.ts); the CI line sits at
    // what it measured then (11.91 KB, with results/load-on-next.ts up front and preloadClient): lower it as the client shrinks.
    budget: 12_000,
    ciBudget: 11_910,
  },
  clientFirstCall: {
    name: 'ours: full client once its first call has loaded (up front + the calls chunk and the chunks it imports)',
    contents: useClient,
    ours: true,
    // Info: what the up-front figure leaves for later. Every call loads the same chunks first.
    lazyEntry: 'client-chunk.ts',
    firstCall: true,
  },
  validation: {
    name: 'ours: validateBatchInput + ten endpoint schemas, on top of the client (delta)',
    contents: useValidation,
    ours: true,
    budget: 5000,
    deltaOf: 'client',
    // Measured on both sides without groups and upload progress, and of the lazy chunks only the
    // validator's own and the chunks it imports (`lazyEntry`): the client's other lazy chunks (run, the
    // results reader, the error-body reader) are not the validator's cost either.
    stubs: [groupsStub, noProgress],
    without: [groupsStub, noProgress],
    lazyEntry: 'validate/validate-input.ts',
    // Since issue 13 the client's calls load on first use, with valibot: what they load, the validator's
    // first call does not load again.
    lazyBase: 'client-chunk.ts',
  },
  scale: {
    name: 'ours: groups + retryFailed up front, for a client that never calls them (client minus the client with core/src/groups/api.ts stubbed out)',
    contents: useClient,
    ours: true,
    budget: 500,
    costOf: groupsStub,
  },
  clientWithoutProgress: {
    name: 'ours: full client with byte-level upload progress stubbed out (reference for the row below)',
    contents: useClient,
    ours: true,
    stubs: [noProgress],
  },
  uploadProgress: {
    name: 'ours: upload progress (XHR fetch + counting request stream, lazy), on top of the client (delta)',
    contents: useClient,
    ours: true,
    // Loaded only when an upload passes onProgress; set at what it measured when it landed (1.17 KB).
    budget: 1200,
    deltaOf: 'clientWithoutProgress',
    wholeDelta: true,
  },
  validationAlone: {
    name: 'ours: validateBatchInput alone (no client), for reference',
    contents: `import { validateBatchInput } from '@mistral-batch/core'
export const check = (source, endpoint) => validateBatchInput(source, { endpoint })`,
    ours: true,
  },
  react: {
    name: "ours: @mistral-batch/react's own code (react, core external)",
    contents: "export * from '@mistral-batch/react'",
    ours: true,
    budget: 2500,
    external: ['react', 'react/*', 'react-dom', '@mistral-batch/core'],
    needsExports: ['useBatchJob', 'useBatchJobs', 'useUploadBatch', 'BatchClientProvider'],
  },
  sdkFuncs: {
    name: '@mistralai/mistralai 2.7.0 standalone functions (MistralCore + funcs/batchJobs* + filesUpload + filesDownload)',
    contents: `export { MistralCore } from '@mistralai/mistralai/core.js'\n${sdkFuncs}`,
    external: peers,
    baseline: true,
  },
  sdkClass: {
    name: '@mistralai/mistralai 2.7.0 Mistral class',
    contents: `import { Mistral } from '@mistralai/mistralai'
export const use = (k) => { const m = new Mistral({ apiKey: k }); return [m.files.upload, m.files.download, m.batch.jobs.create, m.batch.jobs.get] }`,
    external: peers,
  },
  openai: {
    name: 'openai 7.57.0 batches + files (OpenAI class)',
    contents: `import OpenAI from 'openai'
export const use = (k) => { const o = new OpenAI({ apiKey: k }); return [o.files.create, o.files.content, o.batches.create, o.batches.retrieve] }`,
    external: peers,
  },
}
