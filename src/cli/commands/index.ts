/** Every command, one file each; a new command = a file + one row here. */
import type { Command } from 'commander'
import { addDiagram } from './diagram.js'
import { addExplain } from './explain.js'
import { addInit } from './init.js'
import { addLint } from './lint.js'
import { addPlan } from './plan.js'
import { addPorts } from './ports.js'
import { addRender } from './render.js'
import { addSchema } from './schema.js'
import { addValidate } from './validate.js'

export const COMMANDS: readonly ((program: Command) => void)[] = [addInit, addValidate, addPlan, addRender, addPorts, addDiagram, addLint, addSchema, addExplain]
