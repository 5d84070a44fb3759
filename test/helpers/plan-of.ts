/** Plan a fixture or a spec text in process, through the same validation as `wso2cfg validate`. */
import { join } from 'node:path'
import { check, checkLoaded } from '../../src/pipeline.js'
import type { TopologyPlan } from '../../src/plan/types.js'
import { loadSpecText } from '../../src/spec/load.js'
import { FIXTURES } from './golden.js'

export const fixturePlan = async (name: string): Promise<TopologyPlan> => (await check(join(FIXTURES, name, 'topology.yaml'))).topology

export const textPlan = (text: string): TopologyPlan => checkLoaded(loadSpecText('topology.yaml', text, 'yaml')).topology
