import { error, indexed, nodePointer } from './helpers.js';
/** Node names become output folders and cluster member ids, so each must be unique. */
export const uniqueNodeNames = (spec) => {
    const first = new Map();
    return indexed(spec).flatMap(({ node, index }) => {
        const earlier = first.get(node.name);
        if (earlier === undefined) {
            first.set(node.name, index);
            return [];
        }
        return [
            error('topology/duplicate-node-name', nodePointer(index, 'name'), `node name "${node.name}" is already used by node ${earlier + 1}; every node needs its own name because it becomes the node's output folder`),
        ];
    });
};
