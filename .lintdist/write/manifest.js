/** MANIFEST.json: what was rendered, from which spec, by which version; drives safe overwrite and --check. */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../util/canonical.js';
import { TOOL_VERSION } from '../util/version.js';
export const MANIFEST = 'MANIFEST.json';
export const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
export function manifestFor(topology, spec, files) {
    const manifest = {
        tool: 'wso2cfg',
        version: TOOL_VERSION,
        spec: { sha256: sha256(canonicalJson(spec)) },
        name: topology.name,
        platform: topology.platform,
        nodes: topology.nodes.map((n) => ({
            name: n.name,
            role: n.role,
            product: n.product,
            host: n.host,
            portOffset: n.portOffset,
        })),
        files: [...files.entries()].map(([path, content]) => ({ path, sha256: sha256(content) })),
    };
    return JSON.stringify(manifest, null, 2) + '\n';
}
/** The whole output tree, exactly as `render` writes it and `render --check` compares it: the files plus MANIFEST.json. */
export function outputTree(topology, spec, files) {
    const tree = new Map(files);
    tree.set(MANIFEST, manifestFor(topology, spec, files));
    return tree;
}
