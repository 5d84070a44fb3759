/**
 * deployment.toml keys against the catalog of keys the product reads: a key nobody reads is
 * silently ignored by the product, so a typo costs hours. Near misses get a "did you mean".
 */
import { isKnownKey, suggestKey, splitPath } from '../../catalog/toml-keys.js';
const isTable = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
const isTableArray = (v) => Array.isArray(v) && v.length > 0 && v.every(isTable);
const segment = (key) => (key.includes('.') ? `'${key}'` : key);
const escape = (key) => key.replace(/~/g, '~0').replace(/\//g, '~1');
/** Every leaf key with its catalog path and the pointer of each of its segments. */
function leaves(data) {
    const out = [];
    const walk = (table, path, pointer, pointers) => {
        for (const [key, value] of Object.entries(table)) {
            const p = path === '' ? segment(key) : `${path}.${segment(key)}`;
            const ptr = `${pointer}/${escape(key)}`;
            const ptrs = [...pointers, ptr];
            if (isTable(value))
                walk(value, p, ptr, ptrs);
            else if (isTableArray(value))
                value.forEach((item, i) => walk(item, `${p}[]`, `${ptr}/${i}`, ptrs));
            else
                out.push({ path: p, pointers: ptrs });
        }
    };
    walk(data, '', '', []);
    return out;
}
/** Which catalog a node's deployment.toml is read with. */
function productOf(node, data) {
    const p = node?.manifest?.product;
    if (p === 'apim-4.7.0' || p === 'is-7.2.0')
        return p;
    return data.apim !== undefined ? 'apim-4.7.0' : 'is-7.2.0';
}
const PRODUCT_NAME = { 'apim-4.7.0': 'API Manager 4.7.0', 'is-7.2.0': 'Identity Server 7.2.0' };
function docs(tree) {
    return tree.files.flatMap((file) => {
        if (!file.rel.endsWith('deployment.toml'))
            return [];
        const doc = file.toml();
        if (!doc)
            return [];
        const node = tree.nodes.find((n) => [...n.files.values()].includes(file));
        return [{ file, doc, product: productOf(node, doc.data) }];
    });
}
/** The same path with one `[]` added or removed at a segment boundary, when that form is known. */
function reshaped(product, path) {
    const parts = splitPath(path);
    for (let i = 0; i < parts.length - 1; i++) {
        const head = parts.slice(0, i + 1).join('.');
        const tail = parts.slice(i + 1).join('.');
        if (head.endsWith('[]')) {
            if (isKnownKey(product, `${head.slice(0, -2)}.${tail}`))
                return { table: head.slice(0, -2), array: false };
        }
        else if (isKnownKey(product, `${head}[].${tail}`))
            return { table: head, array: true };
    }
    return undefined;
}
function unknownKeys(tree) {
    const hits = [];
    for (const { file, doc, product } of docs(tree)) {
        const reported = new Set();
        for (const leaf of leaves(doc.data)) {
            if (isKnownKey(product, leaf.path) || reshaped(product, leaf.path))
                continue;
            const near = suggestKey(product, leaf.path);
            const parts = splitPath(leaf.path);
            const nearParts = near ? splitPath(near) : [];
            // The first segment that differs: a misspelled table is reported once, at its header.
            const first = near && nearParts.length === parts.length ? parts.findIndex((s, i) => s !== nearParts[i]) : parts.length - 1;
            const wrong = parts.slice(0, first + 1).join('.');
            if (reported.has(wrong))
                continue;
            reported.add(wrong);
            const isTablePart = first < parts.length - 1;
            const at = doc.at(leaf.pointers[first] ?? '') ?? doc.at(leaf.pointers[leaf.pointers.length - 1] ?? '');
            const intended = near && isTablePart ? nearParts.slice(0, first + 1).join('.').replace(/\[\]/g, '') : near;
            hits.push({
                file,
                ...(at ? { at } : {}),
                message: isTablePart
                    ? `table [${wrong.replace(/\[\]/g, '')}] is not one ${PRODUCT_NAME[product]} reads; every key under it is ignored${intended ? ` (did you mean ${intended}?)` : ''}`
                    : `key ${leaf.path} is not one ${PRODUCT_NAME[product]} reads; the product ignores it silently${near ? ` (did you mean ${near}?)` : ''}`,
                hint: intended ? `rename it to ${intended} so that the product reads it` : 'remove it, or check the name against the product documentation for this version',
            });
        }
    }
    return hits;
}
function tableShapes(tree) {
    const hits = [];
    for (const { file, doc, product } of docs(tree)) {
        const reported = new Set();
        for (const leaf of leaves(doc.data)) {
            if (isKnownKey(product, leaf.path))
                continue;
            const shape = reshaped(product, leaf.path);
            if (!shape || reported.has(shape.table))
                continue;
            reported.add(shape.table);
            const depth = splitPath(shape.table).length - 1;
            const at = doc.at(leaf.pointers[depth] ?? '');
            hits.push({
                file,
                ...(at ? { at } : {}),
                message: shape.array
                    ? `${shape.table} is an array of tables in ${PRODUCT_NAME[product]}: write [[${shape.table}]], not [${shape.table}]`
                    : `${shape.table} is a single table in ${PRODUCT_NAME[product]}: write [${shape.table}], not [[${shape.table}]]`,
            });
        }
    }
    return hits;
}
export const TOML_KEY_RULES = [
    {
        id: 'toml/unknown-key',
        severity: 'error',
        summary: 'every deployment.toml key is one the product reads (catalog in data/toml-keys/)',
        hint: 'rename the key to one the product reads, or remove it',
        check: unknownKeys,
    },
    {
        id: 'toml/table-shape',
        severity: 'error',
        summary: 'tables and arrays of tables have the shape the product expects ([x] or [[x]])',
        hint: 'change the header brackets',
        check: tableShapes,
    },
];
