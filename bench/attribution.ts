/**
 * `npm run bench:attribution`: precision and recall of the attribution suggester on the
 * evaluation passages (bench/attribution/), per sourcing type and overall, for the development
 * set, the held-out set and both. `--misses` lists the passages it gets wrong.
 */
import type { Counts, Score } from './attribution/evaluate.js'
import { evaluate, loadPassages, rates } from './attribution/evaluate.js'

const { development, heldOut, blind } = loadPassages()
const fmt = (n: number): string => n.toFixed(2)
const row = (label: string, c: Counts): string => {
  const { precision, recall } = rates(c)
  return `| ${label.padEnd(10)} | ${fmt(precision)} (${c.truePositives}/${c.predicted}) | ${fmt(recall)} (${c.truePositives}/${c.expected}) |`
}

function print(title: string, count: number, score: Score): void {
  console.log(`\n${title}: ${count} passages\n`)
  console.log('| sourcing   | precision | recall |')
  console.log('| ---------- | --------- | ------ |')
  for (const [type, counts] of Object.entries(score.byType)) console.log(row(type, counts))
  console.log(row('overall', score.overall))
  if (process.argv.includes('--misses'))
    for (const m of score.misses)
      console.log(`  ${m.id}: missing [${m.missing.join('; ')}] extra [${m.extra.join('; ')}]`)
}

print('Development set', development.length, evaluate(development))
print(
  'Held-out set (written before the rules; see RESULTS.md for its first score)',
  heldOut.length,
  evaluate(heldOut),
)
print(
  'Blind set (written after the rules; see RESULTS.md for its first score)',
  blind.length,
  evaluate(blind),
)
const all = [...development, ...heldOut, ...blind]
print('All passages', all.length, evaluate(all))
