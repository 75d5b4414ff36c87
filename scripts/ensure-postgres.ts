import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * A PostgreSQL for the tests, provisioned the way ensure-chromium provisions a browser:
 * DATABASE_URL when given; otherwise a throwaway cluster from Debian's binaries (installed
 * when missing and running as root) in a temporary folder, on a free loopback port, removed
 * by `stop()`; otherwise an error that says how to get one. Vitest's global setup and
 * Playwright's (the two-instance test) both call `ensurePostgres()`.
 */
export interface PostgresHandle {
  url: string
  /** True when this process started the cluster (and `stop` removes it). */
  throwaway: boolean
  stop: () => Promise<void>
}

const debianRoot = '/usr/lib/postgresql'
const isRoot = process.getuid?.() === 0

function binDir(): string | undefined {
  if (process.env.PG_BIN) return process.env.PG_BIN
  if (!existsSync(debianRoot)) return undefined
  const versions = readdirSync(debianRoot)
    .filter((v) => existsSync(path.join(debianRoot, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] === undefined ? undefined : path.join(debianRoot, versions[0], 'bin')
}

function run(command: string, args: string[], asPostgres: boolean): string {
  const [file, argv] = asPostgres
    ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
    : [command, args]
  return execFileSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

function installDebianPostgres(): void {
  console.log('No PostgreSQL binaries found: installing Debian’s postgresql package…')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env })
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], {
    stdio: 'inherit',
    env,
  })
}

/** initdb refuses to run as root, so root runs it as an unprivileged `postgres` user. */
function ensurePostgresUser(): void {
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' })
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'])
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

const howTo = [
  'The gateway tests need PostgreSQL and none was found.',
  'Either set DATABASE_URL to a database the tests may create schemas in,',
  'or install Debian’s binaries with `sudo apt-get install -y postgresql`',
  '(they are installed by themselves when the tests run as root).',
].join('\n')

async function startThrowaway(bin: string): Promise<PostgresHandle> {
  const dir = mkdtempSync(path.join(tmpdir(), 'nc-postgres-'))
  const data = path.join(dir, 'data')
  if (isRoot) {
    ensurePostgresUser()
    execFileSync('chown', ['-R', 'postgres:', dir])
  }
  const initdbArgs = ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8']
  run(path.join(bin, 'initdb'), [...initdbArgs, '--locale=C', '--no-sync'], isRoot)
  const port = await freePort()
  // Loopback only, socket in the temp folder, durability off: the data dies with the run.
  const serverArgs = `-h 127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c full_page_writes=off`
  const pgCtl = path.join(bin, 'pg_ctl')
  const log = path.join(dir, 'server.log')
  run(pgCtl, ['-D', data, '-l', log, '-w', '-o', serverArgs, 'start'], isRoot)
  let stopped = false
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    throwaway: true,
    stop: () => {
      if (stopped) return Promise.resolve()
      stopped = true
      try {
        run(pgCtl, ['-D', data, '-m', 'fast', '-w', 'stop'], isRoot)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
      return Promise.resolve()
    },
  }
}

export async function ensurePostgres(env = process.env): Promise<PostgresHandle> {
  const given = env.DATABASE_URL
  if (given) return { url: given, throwaway: false, stop: () => Promise.resolve() }
  let bin = binDir()
  if (!bin && isRoot) {
    installDebianPostgres()
    bin = binDir()
  }
  if (!bin) throw new Error(howTo)
  return startThrowaway(bin)
}

// `tsx scripts/ensure-postgres.ts`: start one, print its URL, stop it on Ctrl-C.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const handle = await ensurePostgres()
  console.log(`DATABASE_URL=${handle.url}`)
  if (handle.throwaway) {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => void handle.stop().then(() => process.exit(0)))
    }
    setInterval(() => undefined, 1 << 30)
  }
}
