import type { ValidationIssue } from '@mistral-batch/core'

/** How many issues are listed before "and N more". */
const SHOWN = 50

/** Validation problems, one per row, each pointing at its line (and custom_id and field, when known). */
export function IssuesList({ issues }: { issues: readonly ValidationIssue[] }) {
  const shown = issues.slice(0, SHOWN)
  return (
    <div className="issues">
      <ul aria-label="Problems by line">
        {shown.map((issue, index) => (
          <li
            // Issues have no id; their position in the list is stable for a given input.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            key={index}
            className={`issue issue--${issue.severity ?? 'error'}`}
          >
            <span className="issue__where">{issue.line ? `Line ${issue.line}` : 'File'}</span>
            <span className="issue__what">
              {issue.custom_id ? <code>{issue.custom_id}</code> : null}
              {issue.path ? <code>{issue.path}</code> : null} {issue.message}
            </span>
          </li>
        ))}
      </ul>
      {issues.length > SHOWN ? <p className="muted">…and {issues.length - SHOWN} more.</p> : null}
    </div>
  )
}
