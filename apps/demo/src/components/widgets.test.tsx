import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ProgressBar } from './ProgressBar'
import { StatusBadge } from './StatusBadge'
import { ThroughputChart } from './ThroughputChart'

describe('ProgressBar', () => {
  it('reports its value to assistive tech and draws the failed share in red', () => {
    render(<ProgressBar label="Progress" completed={30} failed={10} total={40} />)
    const bar = screen.getByRole('progressbar', { name: 'Progress' })
    expect(bar.getAttribute('aria-valuenow')).toBe('30')
    expect(bar.getAttribute('aria-valuetext')).toBe('30 of 40 requests (75%)')
    expect((bar.querySelector('.progress__ok') as HTMLElement).style.width).toBe('50%')
    expect((bar.querySelector('.progress__failed') as HTMLElement).style.width).toBe('25%')
  })
  it('is indeterminate while the total is unknown', () => {
    render(<ProgressBar label="Progress" completed={0} total={0} />)
    const bar = screen.getByRole('progressbar')
    expect(bar.getAttribute('aria-valuenow')).toBeNull()
    expect(bar.className).toMatch(/indeterminate/)
  })
})

describe('StatusBadge', () => {
  it('shows words for known statuses and keeps the wire value', () => {
    render(<StatusBadge status="TIMEOUT_EXCEEDED" />)
    const badge = screen.getByText('Timed out')
    expect(badge.dataset.status).toBe('TIMEOUT_EXCEEDED')
  })
  it('shows an unknown future status as sent, without crashing', () => {
    render(<StatusBadge status="PAUSED" />)
    expect(screen.getByText('PAUSED').className).toMatch(/badge--unknown/)
  })
})

describe('ThroughputChart', () => {
  it('draws completed requests over time as an SVG with a text alternative', () => {
    const samples = [
      { t: 0, completed: 0 },
      { t: 10_000, completed: 25 },
      { t: 20_000, completed: 50 },
    ]
    render(<ThroughputChart samples={samples} total={100} />)
    const chart = screen.getByRole('img')
    expect(chart.getAttribute('aria-label')).toBe('Completed requests over time: 50 of 100 after 20 s')
    expect(chart.querySelector('polyline')?.getAttribute('points')?.split(' ')).toHaveLength(3)
  })
  it('waits for two samples before drawing', () => {
    render(<ThroughputChart samples={[{ t: 0, completed: 0 }]} total={10} />)
    expect(screen.queryByRole('img')).toBeNull()
    expect(screen.getByText(/starts once requests complete/)).toBeTruthy()
  })
})
