import { error, indexed, nodePointer } from './helpers.js';
/** Names Windows reserves for devices, whatever the extension; a folder cannot have them. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9]|conin\$|conout\$)$/i;
/** Node names must be usable as folder names on every common file system. */
export const safeNodeNames = (spec) => indexed(spec).flatMap(({ node, index }) => {
    const name = node.name;
    if (name === '.' || name === '..' || RESERVED.test(name)) {
        return [
            error('topology/unsafe-node-name', nodePointer(index, 'name'), `node name "${name}" cannot be used as a folder name (it is reserved on Windows or refers to a directory itself); choose another name`),
        ];
    }
    return [];
});
