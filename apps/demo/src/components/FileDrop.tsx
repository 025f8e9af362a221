import { type DragEvent, useId, useState } from 'react'
import { formatBytes } from '../lib/format'

/** Props of {@link FileDrop}. */
export interface FileDropProps {
  file: File | null
  onFile: (file: File | null) => void
}

/**
 * A drop zone wrapped around a real `<input type="file">` (named "Batch file"): drag a .jsonl onto it,
 * or focus it with Tab and press Enter or Space to pick one.
 */
export function FileDrop({ file, onFile }: FileDropProps) {
  const [dragging, setDragging] = useState(false)
  const hintId = useId()
  const onDrop = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault()
    setDragging(false)
    const dropped = event.dataTransfer.files[0]
    if (dropped) onFile(dropped)
  }
  return (
    <div className="file-drop-wrap">
      <label
        className={`file-drop${dragging ? ' file-drop--over' : ''}${file ? ' file-drop--chosen' : ''}`}
        onDragOver={(event) => {
          event.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <input
          className="visually-hidden"
          type="file"
          accept=".jsonl,.json,.txt,application/jsonl,application/x-ndjson"
          aria-label="Batch file"
          aria-describedby={hintId}
          onChange={(event) => onFile(event.target.files?.[0] ?? null)}
        />
        <svg className="file-drop__icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true">
          <path
            d="M12 16V4m0 0-4.5 4.5M12 4l4.5 4.5M4 15v3a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-3"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        {file ? (
          <span className="file-drop__name">
            <strong>{file.name}</strong> · {formatBytes(file.size)}
          </span>
        ) : (
          <span>
            <strong>Drop a .jsonl file</strong> or click to choose
          </span>
        )}
        <span id={hintId} className="file-drop__hint muted">
          One request per line: {'{"custom_id": "1", "body": {…}}'}
        </span>
      </label>
      {file ? (
        <button type="button" className="button button--small button--ghost" onClick={() => onFile(null)}>
          Remove file
        </button>
      ) : null}
    </div>
  )
}
