import { createClient, jsonlStream, toJsonl } from '@mistral-batch/core'
import { describe, expect, it } from 'vitest'
import { countingFetch } from '../helpers/counting-fetch'
import { expectInputError } from '../helpers/expect-error'
import { chatRequests } from '../helpers/requests'

/*
 * Every public entry, every field, given what plain JavaScript gets wrong (null, a string for a number,
 * NaN, an array for an object, a value out of range): an InputValidationError whose message and issue
 * name the field, and not one request sent. Typed callers cannot write these, hence the casts.
 */
type Client = ReturnType<typeof createClient>
type Case = [name: string, call: (client: Client) => unknown, path: string]

// biome-ignore lint/suspicious/noExplicitAny: the point is to pass what the types forbid.
const js = (value: unknown) => value as any
const chat = { endpoint: '/v1/chat/completions', model: 'mistral-small-latest' } as const
const one = chatRequests('c', 1)
const create = (over: Record<string, unknown>) => (c: Client) =>
  c.batch.jobs.create(js({ ...chat, requests: one, ...over }))

const jobsCreate: Case[] = [
  ['params null', (c) => c.batch.jobs.create(js(null)), 'params'],
  ['endpoint missing', (c) => c.batch.jobs.create(js({ requests: one })), 'endpoint'],
  ['endpoint a number', create({ endpoint: 42 }), 'endpoint'],
  ['endpoint unknown', create({ endpoint: '/v1/images' }), 'endpoint'],
  ['model a number', create({ model: 42 }), 'model'],
  ['model empty', create({ model: '' }), 'model'],
  ['agent_id a number', create({ agent_id: 7 }), 'agent_id'],
  ['input_files a string', create({ requests: undefined, input_files: 'file-1' }), 'input_files'],
  ['input_files empty', create({ requests: undefined, input_files: [] }), 'input_files'],
  ['input_files holding a number', create({ requests: undefined, input_files: [42] }), 'input_files.0'],
  ['input_files holding an empty id', create({ requests: undefined, input_files: [''] }), 'input_files.0'],
  ['requests empty', create({ requests: [] }), 'requests'],
  ['requests a string', create({ requests: 'x' }), 'requests'],
  ['requests holding null', create({ requests: [null] }), 'requests.0'],
  ['requests holding a string', create({ requests: ['x'] }), 'requests.0'],
  ['a request without body', create({ requests: [{ custom_id: 'a' }] }), 'requests.0.body'],
  ['a request body a string', create({ requests: [{ body: 'x' }] }), 'requests.0.body'],
  ['a request body an array', create({ requests: [{ body: [] }] }), 'requests.0.body'],
  ['a custom_id a number', create({ requests: [{ custom_id: 1, body: {} }] }), 'requests.0.custom_id'],
  ['metadata a string', create({ metadata: 'x' }), 'metadata'],
  ['metadata an array', create({ metadata: ['a'] }), 'metadata'],
  ['a metadata value a number', create({ metadata: { team: 5 } }), 'metadata.team'],
  ['timeout_hours a string', create({ timeout_hours: '24' }), 'timeout_hours'],
  ['timeout_hours NaN', create({ timeout_hours: Number.NaN }), 'timeout_hours'],
]

const ids = (name: string, field: string, call: (c: Client, id: unknown) => unknown): Case[] =>
  [null, 42, '', ' ', '..'].map((id) => [`${name}(${JSON.stringify(id)})`, (c) => call(c, id), field])

const jobIds: Case[] = [
  ...ids('jobs.get', 'job_id', (c, id) => c.batch.jobs.get(js(id))),
  ...ids('jobs.cancel', 'job_id', (c, id) => c.batch.jobs.cancel(js(id))),
  ...ids('jobs.delete', 'job_id', (c, id) => c.batch.jobs.delete(js(id))),
  ...ids('jobs.wait', 'job_id', (c, id) => c.batch.jobs.wait(js(id))),
  ['jobs.get inline a string', (c) => c.batch.jobs.get('j', js({ inline: 'yes' })), 'options.inline'],
]

const fileIds: Case[] = [
  ...ids('files.get', 'file_id', (c, id) => c.files.get(js(id))),
  ...ids('files.delete', 'file_id', (c, id) => c.files.delete(js(id))),
  ...ids('files.download', 'file_id', (c, id) => c.files.download(js(id))),
  ...ids('files.signedUrl', 'file_id', (c, id) => c.files.signedUrl(js(id))),
  ...[0, 169, 1000, 1.5, '24', Number.NaN].map<Case>((expiry) => [
    `files.signedUrl expiry ${String(expiry)} (hours, 1-168)`,
    (c) => c.files.signedUrl('f', js({ expiry })),
    'options.expiry',
  ]),
]

const timing = (name: string, call: (c: Client, o: object) => unknown, root: string): Case[] =>
  (
    [
      ['intervalMs', 0],
      ['intervalMs', -1],
      ['intervalMs', Number.NaN],
      ['intervalMs', '1000'],
      ['maxIntervalMs', 0],
      ['maxIntervalMs', '30000'],
    ] as const
  ).map(([field, value]) => [
    `${name} ${field} ${String(value)}`,
    (c) => call(c, { [field]: value }),
    `${root}${field}`,
  ])

const polling: Case[] = [
  ...timing('jobs.wait', (c, o) => c.batch.jobs.wait('j', js(o)), 'options.'),
  ...[-1, Number.NaN, '60000'].map<Case>((v) => [
    `jobs.wait maxWaitMs ${String(v)}`,
    (c) => c.batch.jobs.wait('j', js({ maxWaitMs: v })),
    'options.maxWaitMs',
  ]),
  ...timing('jobs.observe', (c, o) => c.batch.jobs.observe('j', js(o)), 'options.'),
  ...timing('jobs.observeList', (c, o) => c.batch.jobs.observeList({}, js(o)), 'options.'),
  ...timing('observer.subscribe', (c, o) => c.batch.jobs.observe('j').subscribe(() => {}, js(o)), 'options.'),
  ...timing('observer.setOptions', (c, o) => c.batch.jobs.observe('j').setOptions(js(o)), 'options.'),
]

const jobsList = (params: unknown) => (c: Client) => c.batch.jobs.list(js(params))
const filesList = (params: unknown) => (c: Client) => c.files.list(js(params))
const lists: Case[] = [
  ['jobs.list params a string', jobsList('x'), 'params'],
  ['jobs.list page -1', jobsList({ page: -1 }), 'params.page'],
  ['jobs.list page 1.5', jobsList({ page: 1.5 }), 'params.page'],
  ['jobs.list page a string', jobsList({ page: '2' }), 'params.page'],
  ['jobs.list page_size 0', jobsList({ page_size: 0 }), 'params.page_size'],
  ['jobs.list page_size NaN', jobsList({ page_size: Number.NaN }), 'params.page_size'],
  ['jobs.list model a number', jobsList({ model: 4 }), 'params.model'],
  ['jobs.list agent_id a number', jobsList({ agent_id: 4 }), 'params.agent_id'],
  ['jobs.list metadata a string', jobsList({ metadata: 'x' }), 'params.metadata'],
  ['jobs.list metadata an array', jobsList({ metadata: ['x'] }), 'params.metadata'],
  ['jobs.list metadata holding an object', jobsList({ metadata: { k: {} } }), 'params.metadata.k'],
  ['jobs.list created_after a number', jobsList({ created_after: 5 }), 'params.created_after'],
  ['jobs.list created_after not a date', jobsList({ created_after: 'soon' }), 'created_after'],
  ['jobs.list created_by_me a string', jobsList({ created_by_me: 'yes' }), 'params.created_by_me'],
  ['jobs.list status BOGUS', jobsList({ status: 'BOGUS' }), 'params.status'],
  ['jobs.list status holding BOGUS', jobsList({ status: ['RUNNING', 'BOGUS'] }), 'params.status'],
  ['jobs.list order_by unknown', jobsList({ order_by: 'newest' }), 'params.order_by'],
  ['files.list params a number', filesList(3), 'params'],
  ['files.list page -1', filesList({ page: -1 }), 'params.page'],
  ['files.list page_size a string', filesList({ page_size: '10' }), 'params.page_size'],
  ['files.list include_total a string', filesList({ include_total: 'no' }), 'params.include_total'],
  ['files.list sample_type a string', filesList({ sample_type: 'batch_result' }), 'params.sample_type'],
  ['files.list sample_type unknown', filesList({ sample_type: ['bogus'] }), 'params.sample_type.0'],
  ['files.list source unknown', filesList({ source: ['nowhere'] }), 'params.source.0'],
  ['files.list search a number', filesList({ search: 4 }), 'params.search'],
  ['files.list purpose unknown', filesList({ purpose: 'fun' }), 'params.purpose'],
  ['files.list mimetypes a string', filesList({ mimetypes: 'application/jsonl' }), 'params.mimetypes'],
]

const LINE = '{"custom_id":"a","body":{"messages":[]}}\n'
const upload = (options: unknown) => (c: Client) => c.files.upload(LINE, js(options))
const uploads: Case[] = [
  ['files.upload input null', (c) => c.files.upload(js(null)), 'input'],
  ['files.upload input a number', (c) => c.files.upload(js(42)), 'input'],
  ['files.upload input empty', (c) => c.files.upload(''), 'file'],
  ['files.upload input holding undefined', (c) => c.files.upload(js([undefined])), 'request'],
  ['files.upload options a string', upload('x'), 'options'],
  ['files.upload file_name a number', upload({ file_name: 4 }), 'options.file_name'],
  ['files.upload file_name empty', upload({ file_name: '' }), 'options.file_name'],
  ['files.upload purpose unknown', upload({ purpose: 'fun' }), 'options.purpose'],
  ['files.upload visibility unknown', upload({ visibility: 'public' }), 'options.visibility'],
  ['files.upload expiry a string', upload({ expiry: '24' }), 'options.expiry'],
  ['files.upload expiry 1.5', upload({ expiry: 1.5 }), 'options.expiry'],
  ['files.upload onProgress a string', upload({ onProgress: 'log' }), 'options.onProgress'],
  ['files.upload validate a string', upload({ validate: 'yes' }), 'options.validate'],
  ['files.upload validate endpoint a number', upload({ validate: { endpoint: 4 } }), 'options.validate'],
  ['files.upload validate endpoint unknown', upload({ validate: { endpoint: '/v1/x' } }), 'endpoint'],
]

const run =
  (requests: unknown, over: Record<string, unknown> = {}) =>
  (c: Client) =>
    c.batch.run(js(requests), js({ ...chat, ...over }))
const flows: Case[] = [
  ['batch.run([])', run([]), 'requests'],
  ['batch.run(null)', run(null), 'requests'],
  ['batch.run(a string)', run(LINE), 'requests'],
  ['batch.run([undefined])', run([undefined]), 'requests.0'],
  ['batch.run([undefined]) uploading', run([undefined], { inline: false }), 'request'],
  ['batch.run options null', (c) => c.batch.run(one, js(null)), 'options'],
  ['batch.run endpoint missing', (c) => c.batch.run(one, js({})), 'endpoint'],
  ['batch.run model a number', run(one, { model: 4 }), 'model'],
  ['batch.run metadata a string', run(one, { metadata: 'x' }), 'metadata'],
  ['batch.run timeout_hours 0', run(one, { timeout_hours: 0 }), 'timeout_hours'],
  ['batch.run inline a string', run(one, { inline: 'yes' }), 'inline'],
  ['batch.run validate a string', run(one, { validate: 'no' }), 'validate'],
  ['batch.run onUpdate a string', run(one, { onUpdate: 'log' }), 'onUpdate'],
  ['batch.run intervalMs 0', run(one, { intervalMs: 0 }), 'intervalMs'],
  ['batch.run maxIntervalMs NaN', run(one, { maxIntervalMs: Number.NaN }), 'maxIntervalMs'],
  ['batch.run maxWaitMs a string', run(one, { maxWaitMs: '60000' }), 'maxWaitMs'],
  ...[null, 42, '', {}, { id: 5 }].map<Case>((jobOrId) => [
    `batch.results(${JSON.stringify(jobOrId)})`,
    async (c) => {
      for await (const _ of c.batch.results(js(jobOrId))) break
    },
    'jobOrId',
  ]),
]

const encoders: Case[] = [
  ['toJsonl(null)', () => toJsonl(js(null)), 'requests'],
  ['toJsonl([undefined])', () => toJsonl(js([undefined])), 'request'],
  ['toJsonl([null])', () => toJsonl(js([null])), 'request'],
  ['toJsonl([{}]) (no body)', () => toJsonl(js([{}])), 'body'],
  ['toJsonl([{ body: "x" }])', () => toJsonl(js([{ body: 'x' }])), 'body'],
  ['jsonlStream(42)', () => jsonlStream(js(42)), 'requests'],
  ['jsonlStream([undefined])', () => new Response(jsonlStream(js([undefined]))).text(), 'request'],
]

describe.each([
  ['batch.jobs.create', jobsCreate],
  ['job ids and options', jobIds],
  ['file ids and signedUrl', fileIds],
  ['polling options (wait, observe, observeList, subscribe, setOptions)', polling],
  ['list params', lists],
  ['files.upload', uploads],
  ['batch.run and batch.results', flows],
  ['toJsonl and jsonlStream', encoders],
])('%s: InputValidationError naming the field, nothing sent', (_, cases) => {
  it.each(cases)('%s', async (_name, call, path) => {
    const { fetch, calls } = countingFetch()
    const client = createClient({ baseURL: 'http://api.invalid', fetch, retry: false })
    const error = await expectInputError(async () => call(client), {
      message: new RegExp(path.replace(/\./g, '\\.')),
      path,
    })
    expect(error.issues.length).toBeGreaterThan(0)
    expect(calls).toHaveLength(0)
  })
})
