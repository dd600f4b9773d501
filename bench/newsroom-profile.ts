/**
 * Where the newsroom editor's time goes, in numbers that do not depend on how busy the CPU is:
 * a CPU profile and a Chromium trace of opening the 5,000-word story (self time by script and by
 * function; main-thread trace events by name), and React commits per keystroke in the
 * 10,000-word story (counted through the DevTools hook React calls on every commit).
 * Run `npm run build` first. Usage: npx tsx bench/newsroom-profile.ts [top=25]
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CDPSession, Page } from 'playwright-core'
import type { RawSourceMap } from 'source-map-js'
import { SourceMapConsumer } from 'source-map-js'
import { openBench } from './newsroom-setup.js'

const assets = join(import.meta.dirname, '..', 'dist', 'newsroom', 'assets')
const maps = new Map<string, SourceMapConsumer | null>()

/** Where a profiled frame comes from: an npm package, or a source file of ours. */
function origin(frame: ProfileNode['callFrame'], withName = false): string {
  const file = frame.url.replace(/^.*\/assets\//, '')
  if (!frame.url.includes('/assets/')) return frame.url === '' ? `(${frame.functionName})` : 'other'
  if (!maps.has(file)) {
    const path = join(assets, `${file}.map`)
    maps.set(
      file,
      existsSync(path)
        ? new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8')) as RawSourceMap)
        : null,
    )
  }
  const source = maps.get(file)?.originalPositionFor({
    line: frame.lineNumber + 1,
    column: frame.columnNumber,
  })
  const src = source?.source ?? file
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(src)?.[1]
  const name = source?.name ?? frame.functionName
  const where = pkg ?? src.replace(/^(\.\.\/)+/, '')
  return withName ? `${name} (${where})` : where
}

const top = Number(process.argv[2] ?? 25)

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

const shortUrl = (url: string) => url.replace(/^.*\/assets\//, '').replace(/^https?:\/\/[^/]+/, '')

/** Self time (ms) by key, from a CPU profile's samples. */
function selfTime(profile: Profile, key: (n: ProfileNode) => string) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const out = new Map<string, number>()
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)
    if (node === undefined) return
    const k = key(node)
    out.set(k, (out.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
  })
  return [...out].sort((a, b) => b[1] - a[1])
}

const print = (title: string, rows: [string, number][]) => {
  console.log(`\n${title}`)
  for (const [k, ms] of rows.slice(0, top)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${k}`)
}

interface TraceEvent {
  name: string
  ph: string
  dur?: number
  /** Thread clock duration: CPU time. */
  tdur?: number
  tid: number
  ts: number
  args?: { data?: { type?: string } }
}

const renderingEvents = new Set([
  'RunTask',
  'EventDispatch',
  'FunctionCall',
  'TimerFire',
  'v8.evaluateModule',
  'v8.compile',
  'v8.compileModule',
  'RunMicrotasks',
  'ParseHTML',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'MinorGC',
  'MajorGC',
])

/**
 * Thread CPU time (tdur) of the renderer's main thread by event name, divided by `per`:
 * RunTask is the total, the others are parts of it (an EventDispatch names its event type).
 */
function cpuByEvent(events: TraceEvent[], per: number): [string, number][] {
  // The page's main thread: the one that ran the most script.
  const script = new Map<number, number>()
  for (const e of events)
    if (e.name === 'FunctionCall') script.set(e.tid, (script.get(e.tid) ?? 0) + (e.tdur ?? 0))
  const main = [...script].sort((a, b) => b[1] - a[1])[0]?.[0]
  const out = new Map<string, number>()
  for (const e of events) {
    if (e.ph !== 'X' || e.tdur === undefined || e.tid !== main) continue
    if (!renderingEvents.has(e.name) && !e.name.endsWith('::RunTask')) continue
    const type = e.name === 'EventDispatch' ? ` ${String(e.args?.data?.type)}` : ''
    out.set(e.name + type, (out.get(e.name + type) ?? 0) + e.tdur / 1000 / per)
  }
  return [...out].sort((a, b) => b[1] - a[1])
}

async function traceOpen(page: Page, cdp: CDPSession, path: string) {
  const events: TraceEvent[] = []
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])))
  await cdp.send('Tracing.start', {
    categories: 'toplevel,devtools.timeline,v8.execute,blink.user_timing',
    transferMode: 'ReportEvents',
  })
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  await page.goto(path, { waitUntil: 'commit' })
  const box = page.getByRole('textbox', { name: 'Story body' })
  await box.waitFor()
  await box.evaluate((el) => (el as HTMLElement).focus())
  await page.keyboard.type('Z')
  await page.waitForFunction(() =>
    document.querySelector('.body-editor')?.textContent?.includes('Z'),
  )
  const ms = await page.evaluate(() => performance.now())
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile }
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
  await cdp.send('Tracing.end')
  await done
  return { ms, profile, events }
}

/** Requests (start → end) and the moments the page marked, in time order. */
async function milestones(page: Page) {
  return page.evaluate(() => {
    const rows: [string, number][] = []
    for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      const name = e.name.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '')
      rows.push([`${name} requested`, e.startTime], [`${name} received`, e.responseEnd])
    }
    for (const e of performance.getEntriesByType('mark')) rows.push([e.name, e.startTime])
    const seen = (window as unknown as { __seen?: Record<string, number> }).__seen ?? {}
    for (const [k, v] of Object.entries(seen)) rows.push([k, v])
    return rows.sort((a, b) => a[1] - b[1])
  })
}

/** Notes when the body, the toolbar and the side panel first appear. */
const watchDom = () => {
  const seen: Record<string, number> = {}
  Object.assign(window, { __seen: seen })
  const wanted: Record<string, string> = {
    '.body-editor': 'body editor in the DOM',
    '[role=toolbar]': 'toolbar in the DOM',
    '.side-panel, aside': 'side panel in the DOM',
    '.loading': 'loading text in the DOM',
  }
  new MutationObserver(() => {
    for (const [sel, name] of Object.entries(wanted))
      if (seen[name] === undefined && document.querySelector(sel) !== null)
        seen[name] = performance.mark(name).startTime
  }).observe(document, { childList: true, subtree: true })
  // (No named functions in here: tsx would wrap them in a helper the page does not have.)
  for (const type of ['focusin', 'keydown', 'input'])
    document.addEventListener(type, () => (seen[type] ??= performance.now()), true)
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      seen[`long task ${e.duration.toFixed(0)} ms, from`] = e.startTime
  }).observe({ type: 'longtask', buffered: true })
}

/**
 * Counts React commits in `window.__commits` through the DevTools hook. A string, not a function:
 * tsx would wrap the hook's methods in a naming helper the page does not have.
 */
const countCommits = `
  window.__commits = 0
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject() { return 1 },
    onCommitFiberRoot() { window.__commits++ },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onScheduleFiberRoot() {},
    checkDCE() {},
  }
`

async function main() {
  const bench = await openBench()
  try {
    const { context } = bench
    // Warm the HTTP cache, as the benchmark does.
    const warm = await context.newPage()
    await warm.goto(`/newsroom/stories/${bench.five.id}`)
    await warm.getByRole('textbox', { name: 'Story body' }).waitFor()
    await warm.close()

    const page = await context.newPage()
    await page.addInitScript(watchDom)
    await page.addInitScript(countCommits)
    const cdp = await context.newCDPSession(page)
    const { ms, profile, events } = await traceOpen(page, cdp, `/newsroom/stories/${bench.five.id}`)
    console.log(`open until typing: ${ms.toFixed(0)} ms`)
    const commits = await page.evaluate(
      () => (window as unknown as { __commits: number }).__commits,
    )
    console.log(`React commits until then: ${commits}`)
    console.log('\nwhen (ms after navigation start)')
    for (const [what, at] of await milestones(page))
      console.log(`${at.toFixed(0).padStart(8)}  ${what}`)
    print(
      'self time by script',
      selfTime(profile, (n) => shortUrl(n.callFrame.url) || '(vm)'),
    )
    print(
      'self time by package or source file',
      selfTime(profile, (n) => origin(n.callFrame)),
    )
    print(
      'self time by function (named through the source maps)',
      selfTime(profile, (n) => origin(n.callFrame, true)),
    )
    print(
      'main-thread CPU time (thread clock, so not inflated by a busy machine) by trace event',
      cpuByEvent(events, 1),
    )
    await page.close()

    // React commits per keystroke in the 10,000-word story.
    const typing = await context.newPage()
    await typing.addInitScript(countCommits)
    await typing.goto(`/newsroom/stories/${bench.ten.id}`)
    const box = typing.getByRole('textbox', { name: 'Story body' })
    await box.waitFor()
    await box.evaluate((el) => (el as HTMLElement).focus())
    await typing.keyboard.press('Control+End')
    await typing.waitForTimeout(2500)
    const keys = 50
    const before = await typing.evaluate(
      () => (window as unknown as { __commits: number }).__commits,
    )
    const tcdp = await context.newCDPSession(typing)
    await tcdp.send('Profiler.enable')
    await tcdp.send('Profiler.setSamplingInterval', { interval: 100 })
    await tcdp.send('Profiler.start')
    const tevents: TraceEvent[] = []
    tcdp.on('Tracing.dataCollected', (e) => tevents.push(...(e.value as unknown as TraceEvent[])))
    await tcdp.send('Tracing.start', {
      categories: 'toplevel,devtools.timeline',
      transferMode: 'ReportEvents',
    })
    for (let i = 0; i < keys; i++) {
      await typing.keyboard.type('k', { delay: 0 })
      await typing.waitForTimeout(20)
    }
    const during = await typing.evaluate(
      () => (window as unknown as { __commits: number }).__commits,
    )
    const { profile: typed } = (await tcdp.send('Profiler.stop')) as { profile: Profile }
    const traced = new Promise((resolve) => tcdp.once('Tracing.tracingComplete', resolve))
    await tcdp.send('Tracing.end')
    await traced
    await typing.waitForTimeout(2500) // the idle serialisation and the autosave
    const after = await typing.evaluate(
      () => (window as unknown as { __commits: number }).__commits,
    )
    console.log(
      `\nReact commits while typing ${keys} keys: ${during - before} (${((during - before) / keys).toFixed(2)} a key); in the pause after: ${after - during}`,
    )
    print(
      `main-thread CPU time per keystroke (thread clock) by trace event`,
      cpuByEvent(tevents, keys),
    )
    print(
      `self time by package or source file while typing ${keys} keys`,
      selfTime(typed, (n) => origin(n.callFrame)),
    )
  } finally {
    await bench.close()
  }
}

await main()
