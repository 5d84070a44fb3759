import { pointerOf } from '../diagnostics/diagnostic.js';
import { LineIndex } from './positions.js';
import { fail, LoadProblems, setKey } from './problem.js';
const MAX_DEPTH = 256;
const RULE = 'load/json-syntax';
/**
 * A strict JSON (RFC 8259) reader that remembers where every key is and reports duplicate keys,
 * which `JSON.parse` silently lets the last one win.
 */
export function parseJson(text) {
    return new JsonReader(text).read();
}
class JsonReader {
    text;
    pos = 0;
    offsets = new Map();
    duplicates = [];
    lines;
    constructor(text) {
        this.text = text;
    }
    read() {
        this.space();
        const data = this.value([], 0);
        this.space();
        if (this.pos < this.text.length)
            this.unexpected('the end of the document after the top-level value');
        if (this.duplicates.length > 0)
            throw new LoadProblems(this.duplicates);
        return { data, offsets: this.offsets };
    }
    value(path, depth) {
        if (depth > MAX_DEPTH)
            fail(RULE, `the document nests deeper than ${MAX_DEPTH} levels`, this.pos);
        if (path.length === 0)
            this.offsets.set('', this.pos);
        const c = this.text[this.pos];
        if (c === '{')
            return this.object(path, depth);
        if (c === '[')
            return this.array(path, depth);
        if (c === '"')
            return this.string();
        if (c === '-' || (c !== undefined && c >= '0' && c <= '9'))
            return this.number();
        for (const [word, result] of [['true', true], ['false', false], ['null', null]]) {
            if (this.text.startsWith(word, this.pos)) {
                this.pos += word.length;
                return result;
            }
        }
        if (c === "'")
            fail(RULE, 'JSON strings must be in double quotes, not single quotes', this.pos);
        return this.unexpected('a value (an object, array, string, number, true, false or null)');
    }
    object(path, depth) {
        const result = {};
        const seen = new Map();
        this.pos++; // {
        this.space();
        if (this.text[this.pos] === '}') {
            this.pos++;
            return result;
        }
        for (;;) {
            this.space();
            if (this.text[this.pos] !== '"') {
                if (this.text[this.pos] === '}')
                    fail(RULE, 'JSON does not allow a comma before the closing }', this.pos);
                this.unexpected('a key in double quotes');
            }
            const keyOffset = this.pos;
            const key = this.string();
            const first = seen.get(key);
            if (first !== undefined) {
                const at = this.lineIndex().at(first);
                this.duplicates.push({
                    rule: 'load/duplicate-key',
                    message: `key "${key}" appears twice in the same object (first at line ${at.line}); each key may appear only once`,
                    offset: keyOffset,
                });
            }
            else {
                seen.set(key, keyOffset);
                this.offsets.set(pointerOf([...path, key]), keyOffset);
            }
            this.space();
            if (this.text[this.pos] !== ':')
                this.unexpected(`a colon after the key "${key}"`);
            this.pos++;
            this.space();
            setKey(result, key, this.value([...path, key], depth + 1));
            this.space();
            const c = this.text[this.pos];
            this.pos++;
            if (c === '}')
                return result;
            if (c !== ',') {
                this.pos--;
                this.unexpected('a comma or the closing } of the object');
            }
        }
    }
    array(path, depth) {
        const result = [];
        this.pos++; // [
        this.space();
        if (this.text[this.pos] === ']') {
            this.pos++;
            return result;
        }
        for (;;) {
            this.space();
            if (this.text[this.pos] === ']')
                fail(RULE, 'JSON does not allow a comma before the closing ]', this.pos);
            this.offsets.set(pointerOf([...path, result.length]), this.pos);
            result.push(this.value([...path, result.length], depth + 1));
            this.space();
            const c = this.text[this.pos];
            this.pos++;
            if (c === ']')
                return result;
            if (c !== ',') {
                this.pos--;
                this.unexpected('a comma or the closing ] of the array');
            }
        }
    }
    string() {
        const start = this.pos;
        this.pos++; // "
        let out = '';
        for (;;) {
            const c = this.text[this.pos];
            if (c === undefined || c === '\n')
                fail(RULE, 'this string is not closed; add the closing double quote', start);
            if (c === '"') {
                this.pos++;
                return out;
            }
            if (c < ' ')
                fail(RULE, `control character U+${hex(c.charCodeAt(0))} must be escaped inside a JSON string`, this.pos);
            if (c === '\\') {
                out += this.escape();
                continue;
            }
            out += c;
            this.pos++;
        }
    }
    escape() {
        const e = this.text[this.pos + 1];
        const simple = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
            this.pos += 2;
            return simple[e] ?? '';
        }
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) {
            const code = parseInt(this.text.slice(this.pos + 2, this.pos + 6), 16);
            this.pos += 6;
            return String.fromCharCode(code);
        }
        return fail(RULE, `invalid escape sequence "\\${e ?? ''}" in a string`, this.pos);
    }
    number() {
        const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.text.slice(this.pos, this.pos + 400));
        if (!match || /^[0-9.eE+-]/.test(this.text[this.pos + match[0].length] ?? '')) {
            fail(RULE, 'invalid number; JSON numbers have no leading zeros, plus signs or trailing dots', this.pos);
        }
        this.pos += match[0].length;
        return Number(match[0]);
    }
    space() {
        for (;;) {
            const c = this.text[this.pos];
            if (c === ' ' || c === '\t' || c === '\n' || c === '\r')
                this.pos++;
            else if (c === '/' && (this.text[this.pos + 1] === '/' || this.text[this.pos + 1] === '*')) {
                fail(RULE, 'JSON does not allow comments; remove it or write the spec in YAML', this.pos);
            }
            else
                return;
        }
    }
    unexpected(expected) {
        const c = this.text[this.pos];
        if (c === undefined)
            return fail(RULE, `the document ends too early; expected ${expected}`, this.pos);
        const shown = c < ' ' ? `U+${hex(c.charCodeAt(0))}` : `"${c}"`;
        return fail(RULE, `unexpected character ${shown}; expected ${expected}`, this.pos);
    }
    lineIndex() {
        this.lines ??= new LineIndex(this.text);
        return this.lines;
    }
}
const hex = (n) => n.toString(16).toUpperCase().padStart(4, '0');
