/**
 * One render at a time per output folder: an exclusive lock file that holds the owner's pid. A lock
 * whose pid no longer runs is stale and is taken over; a live one is waited for, up to a bound.
 */
import { closeSync, readFileSync, renameSync, statSync, unlinkSync, linkSync, writeSync } from 'node:fs'
import { UsageError } from '../diagnostics/diagnostic.js'
import { fsx } from './fsops.js'

/** True when a process with this pid exists (EPERM: it exists but belongs to someone else). */
export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export interface Lock {
  path: string
  release(): void
}

/** The pid written in a lock file; undefined while the owner is still writing it. */
function ownerOf(path: string): number | undefined {
  try {
    const text = readFileSync(path, 'utf8').trim()
    return text === '' ? undefined : Number.parseInt(text, 10)
  } catch {
    return undefined
  }
}

/**
 * Creates the lock with its content in one step: the pid goes into a file of this run first, which is
 * then hard-linked to the lock's name (fails with EEXIST when another run holds it). A lock file is
 * therefore never seen empty while its owner lives.
 */
function tryCreate(path: string): boolean {
  const mine = `${path}.${process.pid}`
  // a file of this name can only be a leftover of a dead run that had this pid
  try {
    unlinkSync(mine)
  } catch {
    /* none */
  }
  const fd = fsx.openExclusive(mine)
  try {
    writeSync(fd, `${process.pid}\n`)
  } finally {
    closeSync(fd)
  }
  try {
    linkSync(mine, path)
    return true
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw err
  } finally {
    unlinkSync(mine)
  }
}

/** Removes a stale lock, but only the very file that was found stale (another run may have replaced it since). */
function breakStale(path: string): void {
  let ino: number
  try {
    ino = statSync(path).ino
  } catch {
    return
  }
  const aside = `${path}.stale-${process.pid}`
  try {
    renameSync(path, aside)
  } catch {
    return
  }
  const moved = statSync(aside)
  if (moved.ino !== ino && pidAlive(ownerOf(aside) ?? 0)) {
    // a fresh lock of a live run was moved aside: put it back unless a newer one exists
    try {
      linkSync(aside, path)
    } catch {
      /* a newer lock is in place */
    }
  }
  unlinkSync(aside)
}

const sleep = (ms: number) => new Promise((res) => setTimeout(res, ms))

/**
 * Takes the lock at `path`, waiting up to `waitMs` for a live owner; throws a UsageError (exit 2)
 * naming the folder and the owner's pid when it is still held after that.
 */
export async function acquireLock(path: string, folder: string, waitMs: number): Promise<Lock> {
  const deadline = Date.now() + waitMs
  let emptySince: number | undefined
  for (;;) {
    if (tryCreate(path)) {
      let held = true
      return {
        path,
        release() {
          if (!held) return
          held = false
          if (ownerOf(path) === process.pid) {
            try {
              unlinkSync(path)
            } catch {
              /* already gone */
            }
          }
        },
      }
    }
    const owner = ownerOf(path)
    if (owner === undefined) {
      // being written right now, or left empty by a run killed at that instant
      emptySince ??= Date.now()
      if (Date.now() - emptySince > 2000) breakStale(path)
    } else if (!pidAlive(owner)) {
      breakStale(path)
      continue
    } else {
      emptySince = undefined
    }
    if (Date.now() >= deadline) {
      throw new UsageError(`another render is writing ${folder} (pid ${owner ?? 'unknown'}); try again when it has finished`)
    }
    await sleep(Math.min(100, Math.max(10, deadline - Date.now())))
  }
}
