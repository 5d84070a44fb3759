import { loadSchema } from '../../validate/schema.js';
import { out } from '../output.js';
export function addSchema(program) {
    program
        .command('schema')
        .description('print the JSON Schema of the topology spec')
        .action(() => out(JSON.stringify(loadSchema(), null, 2)));
}
