import { isApiError } from '@mistral-batch/core'
import { describe, expect, it } from 'vitest'
import { chat, collect, FAST, requests, start } from './harness'

describe('file jobs end to end', () => {
  it('uploads, creates, waits, reads results (errors included) and deletes', async () => {
    const { client } = await start()
    const bad = { custom_id: 'bad', body: { model: 'mistral-small-latest' } }
    const jsonl = [...requests(5), bad].map((line) => JSON.stringify(line)).join('\n')
    const file = await client.files.upload(jsonl, { file_name: 'e2e-input.jsonl' })
    expect(file).toMatchObject({ filename: 'e2e-input.jsonl', purpose: 'batch', num_lines: 6 })
    expect(await client.files.get(file.id)).toMatchObject({ id: file.id, deleted: false })

    const created = await client.batch.jobs.create({
      endpoint: '/v1/chat/completions',
      model: 'mistral-small-latest',
      input_files: [file.id],
    })
    expect(created.status).toBe('QUEUED')
    const job = await client.batch.jobs.wait(created.id, FAST)
    expect(job).toMatchObject({
      status: 'SUCCESS',
      total_requests: 6,
      succeeded_requests: 5,
      failed_requests: 1,
    })
    expect(job.output_file).toBeTruthy()
    expect(job.error_file).toBeTruthy()

    const results = await collect(client.batch.results(job))
    expect(results.filter((r) => r.ok).map((r) => r.custom_id)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4'])
    const failed = results.find((r) => !r.ok)
    expect(failed).toMatchObject({ custom_id: 'bad', response: { status_code: 422 } })

    expect(await client.batch.jobs.delete(job.id)).toMatchObject({ id: job.id, deleted: true })
    expect(await client.files.delete(file.id)).toMatchObject({ id: file.id, deleted: true })
    const gone = await client.files.get(file.id).catch((error: unknown) => error)
    expect(isApiError(gone) && gone.status).toBe(404)
  })

  it('downloads a result file as a stream and through a signed URL without the key', async () => {
    const { client } = await start()
    const { job } = await client.batch.run(requests(3), {
      endpoint: '/v1/chat/completions',
      inline: false,
      ...FAST,
    })
    const outputId = job.output_file as string
    const text = await new Response(await client.files.download(outputId)).text()
    expect(text.trim().split('\n')).toHaveLength(3)
    const { url } = await client.files.signedUrl(outputId, { expiry: 1 })
    const plain = await fetch(url)
    expect(plain.status).toBe(200)
    expect(await plain.text()).toBe(text)
  })
})

describe('inline jobs end to end', () => {
  it('runs inline requests and reads the outputs', async () => {
    const { client } = await start()
    const { job, results } = await client.batch.run([chat('a'), chat('b')], {
      endpoint: '/v1/chat/completions',
      inline: true,
      ...FAST,
    })
    expect(job).toMatchObject({ status: 'SUCCESS', input_files: [], succeeded_requests: 2 })
    expect(results.map((r) => [r.custom_id, r.ok])).toEqual([
      ['a', true],
      ['b', true],
    ])
    const inline = await client.batch.jobs.get(job.id, { inline: true })
    expect(inline.outputs).toHaveLength(2)
  })

  it('runs an embeddings job with the model given on the job', async () => {
    const { client } = await start()
    const { job, results } = await client.batch.run([{ custom_id: 'e', body: { input: ['one', 'two'] } }], {
      endpoint: '/v1/embeddings',
      model: 'mistral-embed',
      ...FAST,
    })
    expect(job.status).toBe('SUCCESS')
    const body = results[0]?.response?.body as { data: { embedding: number[] }[] }
    expect(body.data.map((d) => d.embedding.length)).toEqual([1024, 1024])
  })
})
