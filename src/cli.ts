#!/usr/bin/env node
import { existsSync, writeSync } from 'node:fs'
import { Command, CommanderError, InvalidArgumentError } from 'commander'
import type { Flags } from './config.js'
import { ConfigError, loadConfig, processEnv } from './config.js'
import { consoleLogger, firstRun, openServices, serve } from './boot.js'
import type { OpenOptions } from './boot.js'
import { DomainError, InvalidInputError } from './domain/errors.js'
import { isRole, roles, systemActor } from './domain/roles.js'
import { registerImportCommands } from './importers/commands.js'
import type { Role } from './domain/roles.js'
import type { Services } from './services/index.js'
import { StoreOpenError } from './store/index.js'

const env = processEnv()

const parseRole = (value: string): Role => {
  if (!isRole(value)) throw new InvalidArgumentError(`must be one of ${roles.join(', ')}`)
  return value
}

/** Runs a command against the configured database and closes it afterwards. */
async function withServices(
  flags: Flags,
  fn: (services: Services) => Promise<void>,
  options: OpenOptions = {},
): Promise<void> {
  const services = await openServices(loadConfig(env, flags), consoleLogger, options)
  try {
    await fn(services)
  } finally {
    await services.close()
  }
}

const program = new Command()
  .name('masthead')
  .description('Masthead: news publishing, from the newsroom to the reader.')
  .configureOutput({
    // Usage errors as one line, in the same "masthead: …" form as every other failure.
    outputError: (text, write) =>
      write(
        `masthead: ${text
          .replace(/^error: /, '')
          .replace(/\s+/g, ' ')
          .trim()} (see --help)\n`,
      ),
  })
  .exitOverride()

const dataOption = ['--data <dir>', 'data folder (default ./data, or MASTHEAD_DATA_DIR)'] as const

program
  .command('serve', { isDefault: true })
  .description('start the site, API and scheduler')
  .option('--port <port>', 'port to listen on (default 3000, or PORT)')
  .option('--host <host>', 'address to bind (default 127.0.0.1, or HOST)')
  .option(...dataOption)
  .action(async (flags: Flags) => {
    const config = loadConfig(env, flags)
    const starting = serve(config)
    // Listening from the start: a signal during start-up stops the server once it is up. Once: a
    // second signal ends the process at once, as Node's default handler does.
    const stop = (signal: string): void => {
      consoleLogger.info(
        `${signal}: stopping (requests in flight get up to ${config.operations.shutdownGraceMs / 1000} s)…`,
      )
      starting
        .then((running) => running.close())
        .then(
          () => process.exit(0),
          (error: unknown) => {
            consoleLogger.error(`Stopping failed: ${String(error)}`)
            process.exit(1)
          },
        )
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    await starting
  })

program
  .command('migrate')
  .description('create or update the database schema, then exit')
  .option(...dataOption)
  .action(async (flags: Flags) => {
    await withServices(flags, () =>
      Promise.resolve(consoleLogger.info('The database schema is up to date.')),
    )
  })

program
  .command('backup')
  .description('copy the SQLite database into a new file while the site keeps running')
  .requiredOption('--to <file>', 'the backup file to create (must not exist yet)')
  .option(...dataOption)
  .action(async (flags: Flags & { to: string }) => {
    const { database } = loadConfig(env, flags)
    // Opening a missing file would create an empty database, and back that up.
    if (database.kind === 'sqlite' && !existsSync(database.file))
      throw new InvalidInputError(`There is no database at ${database.file} to back up.`)
    await withServices(
      flags,
      async (services) => {
        const { file, bytes } = await services.operations.backupDatabase({
          actor: systemActor('cli'),
          to: flags.to,
        })
        consoleLogger.info(`Backed up the database to ${file} (${bytes} bytes).`)
      },
      { keepSchema: true },
    )
  })

program
  .command('demo')
  .description('load the demo publication into an empty database')
  .option(...dataOption)
  .action(async (flags: Flags) => {
    await withServices(flags, async (services) => {
      if (await services.hasArticles()) {
        throw new InvalidInputError(
          'This database already has articles; the demo loads only into an empty one.',
        )
      }
      const signIn = !(await services.hasAccounts())
        ? await firstRun({ ...loadConfig(env, flags), demo: false }, services, consoleLogger)
        : []
      const made = await services.loadDemo()
      consoleLogger.info(`Demo loaded: ${made.articles} articles, ${made.media} images.`)
      for (const line of signIn) consoleLogger.info(line)
    })
  })

const user = program.command('user').description('manage newsroom accounts')
user
  .command('add')
  .description('create an account (prints a generated password unless --password is given)')
  .requiredOption('--email <email>', 'e-mail address used to sign in')
  .requiredOption('--name <name>', 'full name, also used for the byline')
  .requiredOption('--role <role>', `one of ${roles.join(', ')}`, parseRole)
  .option('--password <password>', 'initial password (at least 10 characters)')
  .option(...dataOption)
  .action(async (flags: Flags & { email: string; name: string; role: Role; password?: string }) => {
    await withServices(flags, async (services) => {
      const { user: created, password } = await services.accounts.createUser({
        actor: systemActor('cli'),
        email: flags.email,
        name: flags.name,
        role: flags.role,
        byline: true,
        ...(flags.password !== undefined ? { password: flags.password } : {}),
      })
      consoleLogger.info(
        `Created ${created.role} ${created.email}${password !== null ? ` with password ${password}` : ''}`,
      )
    })
  })

const token = program.command('token').description('manage API tokens')
token
  .command('add')
  .description('create an API token for a user and print it (shown once)')
  .requiredOption('--email <email>', 'the user the token acts as')
  .option('--name <name>', 'a label for the token', 'CLI token')
  .option(...dataOption)
  .action(async (flags: Flags & { email: string; name: string }) => {
    await withServices(flags, async (services) => {
      const created = await services.accounts.createToken({
        actor: systemActor('cli'),
        email: flags.email,
        name: flags.name,
      })
      // Only the token on stdout, so scripts can capture it: TOKEN=$(masthead token add …)
      writeSync(1, `${created.token}\n`)
    })
  })

const report = program.command('report').description('newsroom reports')
report
  .command('sourcing')
  .description(
    'published stories ranked by the share of quotes on anonymous or relayed sourcing, then by quotes',
  )
  .option('--limit <n>', 'how many stories (1 to 200, default 20)', (value: string) => {
    const n = Number(value)
    if (!Number.isInteger(n) || n < 1 || n > 200)
      throw new InvalidArgumentError('must be a whole number from 1 to 200')
    return n
  })
  .option('--since <date>', 'only stories published at or after this date (YYYY-MM-DD)')
  .option('--json', 'print the report as JSON, as the API answers it')
  .option(...dataOption)
  .action(async (flags: Flags & { limit?: number; since?: string; json?: boolean }) => {
    await withServices(flags, async (services) => {
      const { items } = await services.attribution.sourcingReport({
        actor: systemActor('cli'),
        ...(flags.limit !== undefined ? { limit: flags.limit } : {}),
        since: flags.since ?? null,
      })
      if (flags.json === true) {
        writeSync(1, `${JSON.stringify({ items }, null, 2)}\n`)
        return
      }
      const lines = items.map((i) => {
        const s = i.summary
        const share = `${Math.round(s.anonymousOrRelayedShare * 100)}%`.padStart(4)
        return `${share}  ${String(s.quotes).padStart(3)} quotes  ${s.anonymous + s.background} unnamed  ${s.relayed} relayed  ${s.withoutSpeaker} no speaker  ${i.publishedAt.slice(0, 10)}  ${i.headline}  ${i.path}`
      })
      writeSync(
        1,
        `${['share quotes', ...lines].join('\n')}\n${items.length === 0 ? 'No published stories.\n' : ''}`,
      )
    })
  })

registerImportCommands(program, withServices, dataOption)

function fail(message: string): never {
  console.error(`masthead: ${message}`)
  process.exit(1)
}

/**
 * `serve` is the default command, so Commander would hand an unknown command name to it and
 * complain about "too many arguments for 'serve'"; name the real problem instead.
 */
function rejectUnknownCommand(args: readonly string[]): void {
  const [first] = args
  if (first === undefined || first.startsWith('-')) return
  const known = program.commands.flatMap((c) => [c.name(), ...c.aliases()]).concat('help')
  if (!known.includes(first)) program.error(`unknown command '${first}'`)
}

try {
  rejectUnknownCommand(process.argv.slice(2))
  await program.parseAsync(process.argv)
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode)
  if (error instanceof ConfigError) fail(error.problems.join('\nmasthead: '))
  if (error instanceof InvalidInputError && error.errors.length > 0)
    fail(`${error.message} ${error.errors.map((e) => `${e.field} ${e.message}`).join('; ')}`)
  if (error instanceof DomainError || error instanceof StoreOpenError) fail(error.message)
  const code = (error as { code?: string }).code
  if (code === 'EADDRINUSE') fail('the port is already in use; choose another with --port or PORT')
  if (code === 'ECONNREFUSED')
    fail('cannot reach the database; check DATABASE_URL and that PostgreSQL is running')
  throw error
}
