/**
 * Literal passwords of the spec reach only the files that must hold them (the database setup script
 * and the node configuration), never the README or the diagram.
 */
import { describe, expect, it } from 'vitest'
import { render } from '../../src/render/index.js'
import { textPlan } from '../helpers/plan-of.js'

const DB = 'Db-Pa55-q9x'
const ADMIN = 'Adm1n-Pa55-z7'

const spec = (platform: string, db: string) => `name: secret-check
platform: ${platform}
pattern: active-active
database: { type: ${db}, host: db.example.com, username: wso2, password: "${DB}" }
admin: { username: boss, password: "${ADMIN}" }
loadBalancer: { host: apim.example.com }
nodes:
  - { name: apim-1, role: all-in-one, host: 10.0.0.1 }
  - { name: apim-2, role: all-in-one, host: 10.0.0.2 }
`

describe('secret values in rendered files', () => {
  for (const [platform, db] of [
    ['apim-2.6.0', 'mysql'],
    ['apim-4.7.0', 'postgresql'],
  ] as const) {
    it(`${platform}: only the setup script and node files hold them; README and diagram do not`, () => {
      const files = render(textPlan(spec(platform, db)))
      const holders = [...files].filter(([, text]) => text.includes(DB) || text.includes(ADMIN)).map(([path]) => path)
      expect(holders).toContain(`database/${db}-setup.sql`)
      for (const path of holders) expect(path === `database/${db}-setup.sql` || path.startsWith('nodes/')).toBe(true)
      expect(files.get(`database/${db}-setup.sql`)).not.toContain(ADMIN)
      const readme = files.get('README.md')!
      expect(readme).toContain('<the database password from the spec>')
      expect(files.get('topology.mmd')).toBeDefined()
    })
  }
})
