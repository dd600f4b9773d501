/**
 * Load for one scenario from autocannon, in a process of its own (the load must not share the
 * server's core or event loop), turning through the paths given; prints autocannon's result as
 * JSON. `bench/load.ts` runs it when wrk is not installed.
 *
 *   node --import tsx bench/autocannon-run.ts ORIGIN CONNECTIONS SECONDS PATH...
 */
import autocannon from 'autocannon'

const [origin = '', connections = '1', seconds = '1', ...paths] = process.argv.slice(2)
const result = await autocannon({
  url: origin,
  connections: Number(connections),
  duration: Number(seconds),
  // Each connection sends these in turn, as wrk's script does with its path list.
  requests: (paths.length > 0 ? paths : ['/']).map((path) => ({ method: 'GET', path })),
})
process.stdout.write(JSON.stringify(result))
