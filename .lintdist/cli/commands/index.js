import { addLint } from './lint.js';
import { addPlan } from './plan.js';
import { addPorts } from './ports.js';
import { addRender } from './render.js';
import { addSchema } from './schema.js';
import { addValidate } from './validate.js';
export const COMMANDS = [addValidate, addPlan, addRender, addPorts, addLint, addSchema];
