/** The tool version, from package.json. */
import { readFileSync } from 'node:fs';
export const PACKAGE_ROOT = new URL('../../', import.meta.url);
export const TOOL_VERSION = JSON.parse(readFileSync(new URL('package.json', PACKAGE_ROOT), 'utf8')).version;
