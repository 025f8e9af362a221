import { type ReactNode, useEffect, useId, useRef, useState } from 'react'

/** Props of {@link ConfirmButton}. */
export interface ConfirmButtonProps {
  /** The button's text and accessible name, e.g. "Cancel job". */
  label: string
  /** The dialog's heading. */
  title: string
  children: ReactNode
  /** The confirming button's text, e.g. "Yes, cancel it". */
  confirmLabel: string
  /** The button that backs out. Defaults to "Keep it". */
  dismissLabel?: string
  onConfirm: () => void
  /** Styles the buttons as destructive. Defaults to false. */
  danger?: boolean
  disabled?: boolean
  className?: string
}

/**
 * A button that asks first, in a native modal `<dialog>`: focus moves into it and is trapped there,
 * Escape backs out, and the safe choice has the focus.
 */
export function ConfirmButton(props: ConfirmButtonProps) {
  const { label, title, children, confirmLabel, dismissLabel = 'Keep it', onConfirm, danger = false } = props
  const [open, setOpen] = useState(false)
  const dialog = useRef<HTMLDialogElement>(null)
  const trigger = useRef<HTMLButtonElement>(null)
  const titleId = useId()

  useEffect(() => {
    const el = dialog.current
    if (!open || !el) return
    if (typeof el.showModal === 'function' && !el.open) el.showModal()
    else el.setAttribute('open', '')
  }, [open])

  const close = () => {
    setOpen(false)
    // After the modal has left the top layer (the page is inert until then), give the focus back.
    setTimeout(() => trigger.current?.focus(), 0)
  }

  return (
    <>
      <button
        ref={trigger}
        type="button"
        className={props.className ?? `button${danger ? ' button--danger' : ''}`}
        disabled={props.disabled}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {open ? (
        <dialog ref={dialog} className="dialog" aria-labelledby={titleId} onClose={close} onCancel={close}>
          <h2 id={titleId}>{title}</h2>
          <div className="dialog__body">{children}</div>
          <div className="dialog__actions">
            {/* biome-ignore lint/a11y/noAutofocus: the safe choice takes the focus in a confirmation dialog */}
            <button type="button" className="button button--ghost" autoFocus onClick={close}>
              {dismissLabel}
            </button>
            <button
              type="button"
              className={`button${danger ? ' button--danger' : ' button--primary'}`}
              onClick={() => {
                close()
                onConfirm()
              }}
            >
              {confirmLabel}
            </button>
          </div>
        </dialog>
      ) : null}
    </>
  )
}
