/** Thrown by the format readers; `load.ts` turns the problems into located diagnostics. */
export class LoadProblems extends Error {
    problems;
    constructor(problems) {
        super(problems.map((p) => p.message).join('; '));
        this.problems = problems;
        this.name = 'LoadProblems';
    }
}
/** Throws a single problem. */
export function fail(rule, message, offset, hint) {
    throw new LoadProblems([{ rule, message, offset, ...(hint === undefined ? {} : { hint }) }]);
}
/** Sets a key as an own property, so keys such as `__proto__` stay plain data. */
export function setKey(target, key, value) {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
