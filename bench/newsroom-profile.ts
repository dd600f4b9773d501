/**
 * Where the newsroom editor's time goes, in numbers that do not depend on how busy the CPU is:
 * a CPU profile and a Chromium trace of opening the 5,000-word story (self time by script and by
 * function; main-thread trace events by name), and React commits per keystroke in the
 * 10,000-word story (counted through the DevTools hook React calls on every commit).
 * Run `npm run build` first. Usage: npx tsx bench/newsroom-profile.ts [top=25]
 */
import type { CDPSession, Page } from 'playwright-core'
import { openBench } from './newsroom-setup.js'

const top = Number(process.argv[2] ?? 25)

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
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

async function traceOpen(page: Page, cdp: CDPSession, path: string) {
  const events: { name: string; ph: string; dur?: number; tid: number; ts: number }[] = []
  cdp.on('Tracing.dataCollected', (e: { value: typeof events }) => events.push(...e.value))
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8.execute,blink.user_timing',
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
    const cdp = await context.newCDPSession(page)
    const { ms, profile, events } = await traceOpen(page, cdp, `/newsroom/stories/${bench.five.id}`)
    console.log(`open until typing: ${ms.toFixed(0)} ms`)
    console.log('\nwhen (ms after navigation start)')
    for (const [what, at] of await milestones(page))
      console.log(`${at.toFixed(0).padStart(8)}  ${what}`)
    print(
      'self time by script',
      selfTime(profile, (n) => shortUrl(n.callFrame.url) || '(vm)'),
    )
    print(
      'self time by function',
      selfTime(
        profile,
        (n) =>
          `${n.callFrame.functionName || '(anonymous)'} ${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber}`,
      ),
    )
    // Work by trace event name (complete events only).
    const byName = new Map<string, number>()
    for (const e of events)
      if (e.ph === 'X' && e.dur !== undefined)
        byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000)
    print(
      'main thread by trace event (inclusive, nested events overlap)',
      [...byName].sort((a, b) => b[1] - a[1]),
    )
    await page.close()

    // React commits per keystroke in the 10,000-word story.
    const typing = await context.newPage()
    await typing.addInitScript(() => {
      const w = window as unknown as { __commits: number }
      w.__commits = 0
      Object.assign(window, {
        __REACT_DEVTOOLS_GLOBAL_HOOK__: {
          supportsFiber: true,
          renderers: new Map(),
          inject: () => 1,
          onCommitFiberRoot: () => void w.__commits++,
          onCommitFiberUnmount: () => {},
          onPostCommitFiberRoot: () => {},
          checkDCE: () => {},
        },
      })
    })
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
    for (let i = 0; i < keys; i++) {
      await typing.keyboard.type('k', { delay: 0 })
      await typing.waitForTimeout(20)
    }
    const during = await typing.evaluate(
      () => (window as unknown as { __commits: number }).__commits,
    )
    const { profile: typed } = (await tcdp.send('Profiler.stop')) as { profile: Profile }
    await typing.waitForTimeout(2500) // the idle serialisation and the autosave
    const after = await typing.evaluate(
      () => (window as unknown as { __commits: number }).__commits,
    )
    console.log(
      `\nReact commits while typing ${keys} keys: ${during - before} (${((during - before) / keys).toFixed(2)} per key); after the pause: ${after - during}`,
    )
    const busy = selfTime(
      typed,
      (n) => shortUrl(n.callFrame.url) || `(${n.callFrame.functionName})`,
    )
    print(`self time by script while typing ${keys} keys`, busy)
    print(
      `self time by function while typing ${keys} keys`,
      selfTime(
        typed,
        (n) =>
          `${n.callFrame.functionName || '(anonymous)'} ${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber}`,
      ),
    )
  } finally {
    await bench.close()
  }
}

await main()
