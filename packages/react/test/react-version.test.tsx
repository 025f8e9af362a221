import { render, screen } from '@testing-library/react'
import { version } from 'react'
import { version as domVersion } from 'react-dom'
import { expect, inject, it } from 'vitest'

declare module 'vitest' {
  export interface ProvidedContext {
    reactMajor: string
  }
}

it('runs the suite on the React major this project names, one copy for the whole tree', () => {
  render(<p>{version}</p>)
  expect(version.split('.')[0]).toBe(inject('reactMajor'))
  expect(domVersion).toBe(version)
  expect(screen.getByText(version)).toBeTruthy()
})
