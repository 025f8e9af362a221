import { type Bytes, countLines } from './bytes'

export type FilePurpose = 'fine-tune' | 'batch' | 'ocr'
export type SampleType = 'pretrain' | 'instruct' | 'batch_request' | 'batch_result' | 'batch_error'
export type FileSource = 'upload' | 'repository' | 'mistral'

/** A stored file: its metadata in wire names (contract §2.7) and its content as byte chunks. */
export interface StoredFile {
  id: string
  filename: string
  purpose: FilePurpose
  sample_type: SampleType
  source: FileSource
  created_at: number
  mimetype: string | null
  visibility: 'workspace' | 'user' | null
  expires_at: number | null
  signature: string
  num_lines: number | null
  content: Bytes
}

export interface NewFile {
  id: string
  filename: string
  purpose: FilePurpose
  sample_type: SampleType
  source: FileSource
  created_at: number
  mimetype: string | null
  visibility?: 'workspace' | 'user' | null
  expires_at?: number | null
  signature: string
  content: Bytes
}

/** `FileSchema` as the API returns it (contract §2.7). */
export function fileToWire(file: StoredFile) {
  return {
    id: file.id,
    object: 'file',
    bytes: file.content.size,
    created_at: file.created_at,
    filename: file.filename,
    purpose: file.purpose,
    sample_type: file.sample_type,
    source: file.source,
    num_lines: file.num_lines,
    mimetype: file.mimetype,
    signature: file.signature,
    expires_at: file.expires_at,
    visibility: file.visibility,
  }
}

/** In-memory files, newest last (list order is computed at read time). */
export class FileStore {
  private readonly files = new Map<string, StoredFile>()

  add(file: NewFile): StoredFile {
    const jsonl = file.filename.endsWith('.jsonl') || file.mimetype === 'application/jsonl'
    const stored: StoredFile = {
      ...file,
      visibility: file.visibility ?? null,
      expires_at: file.expires_at ?? null,
      num_lines: jsonl ? countLines(file.content) : null,
    }
    this.files.set(stored.id, stored)
    return stored
  }

  get(id: string): StoredFile | undefined {
    return this.files.get(id)
  }

  delete(id: string): boolean {
    return this.files.delete(id)
  }

  all(): StoredFile[] {
    return [...this.files.values()]
  }

  get size(): number {
    return this.files.size
  }
}
