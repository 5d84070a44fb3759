/**
 * Handlebars for XML: templates are compiled once, strict (a missing view field throws), without
 * Handlebars' HTML escaping; the view model is XML-escaped as a whole instead (escape.ts). Every
 * rendered document is parsed back before it is returned.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import Handlebars from 'handlebars';
import { create } from 'xmlbuilder2';
import { PACKAGE_ROOT } from '../../util/version.js';
import { escapeView } from './escape.js';
const hb = Handlebars.create();
const compiled = new Map();
let partialsLoaded = false;
/** Partials: files named `_<name>.hbs` anywhere under templates/<dir>/partials/. */
function loadPartials() {
    if (partialsLoaded)
        return;
    partialsLoaded = true;
    const root = new URL('templates/', PACKAGE_ROOT);
    const walk = (dir) => {
        if (!existsSync(dir))
            return;
        for (const e of readdirSync(dir, { withFileTypes: true })) {
            if (e.isDirectory())
                walk(new URL(`${e.name}/`, dir));
            else if (e.name.startsWith('_') && e.name.endsWith('.hbs')) {
                hb.registerPartial(e.name.slice(1, -4), readFileSync(new URL(e.name, dir), 'utf8'));
            }
        }
    };
    walk(root);
}
/** Compile (once) templates/<name>; `name` like `apim-2.6.0/carbon.xml.hbs`. */
export function template(name) {
    let t = compiled.get(name);
    if (!t) {
        loadPartials();
        const text = readFileSync(new URL(`templates/${name}`, PACKAGE_ROOT), 'utf8');
        t = hb.compile(text, { strict: true, noEscape: true, preventIndent: true });
        compiled.set(name, t);
    }
    return t;
}
/** Render an XML template with an escaped view and check the result is well-formed. */
export function renderXml(name, view) {
    const xml = template(name)(escapeView(view));
    assertWellFormed(xml, name);
    return xml;
}
export function assertWellFormed(xml, what) {
    try {
        create(xml);
    }
    catch (err) {
        throw new Error(`rendered ${what} is not well-formed XML: ${err.message}`);
    }
}
