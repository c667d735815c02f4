import path from 'node:path';
import { iconOutDir, writeIcons } from './packaging/icons';

/** npm run icons: the installers' PNG, ICNS and ICO files from build/icon.svg (npm run dist does it too). */
const written = writeIcons();
console.log(`${written.length} icon files in ${path.relative(process.cwd(), iconOutDir)}/`);
