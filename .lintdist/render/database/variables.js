const REFERENCE = /^\$(secret|env)\{([^}]*)\}$/;
export const isPasswordReference = (password) => REFERENCE.test(password);
/** How the README shows a password: references as written, never a literal value. */
export const shownPassword = (password) => isPasswordReference(password) ? password : '<the database password from the spec>';
/** Variable name per referenced password (same reference, same variable), in first-use order. */
export function passwordVariables(databases) {
    const out = new Map();
    const used = new Set();
    for (const db of databases) {
        for (const { password } of db.users) {
            const m = REFERENCE.exec(password);
            if (!m || out.has(password))
                continue;
            let base = m[2].replace(/[^A-Za-z0-9_]/g, '_');
            if (!/^[A-Za-z_]/.test(base))
                base = `v_${base}`;
            let name = base;
            for (let i = 2; used.has(name.toLowerCase()); i++)
                name = `${base}_${i}`;
            used.add(name.toLowerCase());
            out.set(password, name);
        }
    }
    return out;
}
/** Every (username, password) account of the databases, first use first. */
export function accountsOf(databases) {
    const out = [];
    for (const db of databases)
        for (const u of db.users)
            if (!out.some((o) => o.username === u.username))
                out.push(u);
    return out;
}
