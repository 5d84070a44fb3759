/** What every dialect's setup script is built from. */
import type { DatabaseSetup, DatabaseUser } from '../../plan/deployment.js'

export interface SetupInput {
  name: string
  host: string
  port: number
  databases: readonly DatabaseSetup[]
  /** Every account, once. */
  accounts: readonly DatabaseUser[]
  /** Client variable per referenced password. */
  variables: ReadonlyMap<string, string>
}

/** Databases on which an account gets every privilege. */
export const databasesOf = (input: SetupInput, username: string): string[] =>
  input.databases.filter((d) => d.users.some((u) => u.username === username)).map((d) => d.database)
