import { jsonOf } from '../http/parse'
import { pathId } from '../http/path'
import { toQuery } from '../http/query'
import type { CallOptions, Requester } from '../http/request'
import { checkListFilesParams, checkSignedUrlOptions, checkUploadOptions } from '../input/checks'
import {
  DeletedSchema,
  type FileList,
  FileListSchema,
  type FileObject,
  RetrievedFileSchema,
  SignedUrlSchema,
} from '../schemas/file'
import type { UploadInput } from '../upload/to-blob'
import { type UploadOptions, upload } from '../upload/upload'
import { pagePromise } from './page'
import type { ListFilesParams, SignedUrlOptions } from './params'

export type { ListFilesParams, SignedUrlOptions } from './params'

/** `GET /v1/files/{id}/content` as a Response, unread; results use it with a Range header to resume. */
export async function openContent(
  request: Requester,
  file_id: string,
  options?: CallOptions,
): Promise<Response> {
  const path = `/v1/files/${pathId(file_id, 'file_id')}/content`
  return request<Response>({ method: 'GET', path }, options)
}

/** One page of `GET /v1/files`: `files.list` (here and client.ts) builds its PagePromise over it. */
export async function filesPage(
  request: Requester,
  params: ListFilesParams,
  options: CallOptions | undefined,
  page: number,
): Promise<FileList> {
  checkListFilesParams(params)
  return request(
    { method: 'GET', path: `/v1/files${toQuery({ ...params, page })}`, parse: jsonOf(FileListSchema) },
    options,
  )
}

/** `client.files` (contract §2). `usesGlobalFetch`: the client has no `fetch` of its own (see onProgress). */
export function createFiles(request: Requester, usesGlobalFetch = false) {
  const list = (params: ListFilesParams = {}, options?: CallOptions) =>
    pagePromise<FileList, FileObject>(
      (page) => filesPage(request, params, options, page),
      params?.page,
      params?.page_size,
    )
  const byId = (file_id: string, suffix = '') => `/v1/files/${pathId(file_id, 'file_id')}${suffix}`

  return {
    /** Uploads a file (`POST /v1/files`, multipart); see UploadOptions. Returns the FileObject. */
    upload: async (input: UploadInput, options?: UploadOptions) => {
      checkUploadOptions(options)
      return upload(request, list, input, options ?? {}, usesGlobalFetch)
    },
    /** Gets a file's metadata (`GET /v1/files/{id}`), with `deleted`. */
    get: async (file_id: string, options?: CallOptions) =>
      request({ method: 'GET', path: byId(file_id), parse: jsonOf(RetrievedFileSchema) }, options),
    /** Lists files: await it for one page, or `for await` it for every file of every page. */
    list,
    /** Deletes a file (`DELETE /v1/files/{id}`). */
    delete: async (file_id: string, options?: CallOptions) =>
      request({ method: 'DELETE', path: byId(file_id), parse: jsonOf(DeletedSchema) }, options),
    /**
     * Downloads a file's content (`GET /v1/files/{id}/content`) as a stream, never buffered whole. The
     * timeout only covers the wait for headers, so a long download is not cut; `signal` still cancels it.
     */
    download: async (file_id: string, options?: CallOptions): Promise<ReadableStream<Uint8Array>> => {
      const response = await openContent(request, file_id, options)
      return response.body ?? new Blob([]).stream()
    },
    /** A signed URL to the content (`GET /v1/files/{id}/url`); `expiry` in hours, 1–168. Defaults to 24 (server side). */
    signedUrl: async (file_id: string, options: SignedUrlOptions = {}) => {
      checkSignedUrlOptions(options)
      return request(
        {
          method: 'GET',
          path: byId(file_id, `/url${toQuery({ expiry: options.expiry })}`),
          parse: jsonOf(SignedUrlSchema),
        },
        options,
      )
    },
  }
}

export type Files = ReturnType<typeof createFiles>
