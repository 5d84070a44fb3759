/** Examples shown at the end of each command's --help. */
export const EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  init: ['wso2cfg init', 'wso2cfg init --yes --platform apim-4.7.0 --pattern active-active -o deploy/topology.yaml'],
  validate: ['wso2cfg validate', 'wso2cfg validate deploy/topology.yaml --strict --allow topology/default-credentials', 'wso2cfg validate deploy/topology.yaml --format github'],
  plan: ['wso2cfg plan', 'wso2cfg plan deploy/topology.yaml --json > plan.json'],
  render: ['wso2cfg render -o out', 'wso2cfg render deploy/topology.yaml -o deploy/out --check', 'wso2cfg render deploy/topology.yaml -o deploy/out --check --format sarif > drift.sarif'],
  ports: ['wso2cfg ports', 'wso2cfg ports deploy/topology.yaml --json'],
  diagram: ['wso2cfg diagram > topology.mmd'],
  lint: ['wso2cfg lint out', 'wso2cfg lint deploy/out/nodes/apim-1', 'wso2cfg lint deploy/out --format github'],
  schema: ['wso2cfg schema > topology.schema.json', 'wso2cfg schema --write deploy/topology.schema.json'],
  explain: ['wso2cfg explain', 'wso2cfg explain nodes.portOffset', 'wso2cfg explain keyManager.type'],
}

export const examplesHelp = (command: string): string => {
  const lines = EXAMPLES[command] ?? []
  return lines.length ? `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n` : ''
}
